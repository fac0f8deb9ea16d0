## orgplan: suomenkieliset tekstit. Jokaisen tämän tiedoston avaimen on oltava myös hakemistoissa en/ ja sv/ (testi tarkistaa).

app-title = orgplan
baseline-name = Nykyinen organisaatio

## Kohteiden lajit, tilat, merkinnät ja roolit

kind-organisation = organisaatio
kind-unit = yksikkö
kind-team = tiimi
kind-position = vakanssi
kind-group = työryhmä
status-filled = täytetty
status-vacant = avoin
status-left_unfilled = jätetty täyttämättä
status-abolished = lakkautettu
status-acting = virkaatekevä
status-ceased = lakannut
work-core = ydintoiminta
work-administration = hallinto
role-member = jäsen
role-chair = puheenjohtaja
role-vice_chair = varapuheenjohtaja
role-coordinator = koordinaattori
role-secretary = sihteeri
role-expert = asiantuntija
scenario-status-draft = luonnos
scenario-status-proposed = ehdotettu
scenario-status-decided = päätetty
scenario-status-rejected = hylätty

## Suhteet

relation-part_of = on osa
relation-heads = johtaa
relation-reports_to = raportoi
relation-serves = palvelee
relation-member_of = on jäsen
relation-assistant_to = avustaa

## Hylätyt muutokset

cmd-unknown-scenario = Skenaariota ”{ $id }” ei ole.
cmd-unknown-node = Kohdetta ”{ $id }” ei ole.
cmd-duplicate-node = Kohde ”{ $id }” on jo olemassa.
cmd-unknown-task = Tehtävää ”{ $id }” ei ole.
cmd-duplicate-task = Tehtävä ”{ $id }” on jo olemassa.
cmd-has-parts = Kohteella ”{ $id }” on vielä { $count ->
    [one] yksi osa
   *[other] { $count } osaa
}: siirrä tai poista ne ensin.
cmd-cycle = Kohdetta ”{ $id }” ei voi liittää kohteen ”{ $parent }” osaksi, koska ”{ $parent }” on itse kohteen ”{ $id }” sisällä.
cmd-invalid-relation = Suhde ”{ $relation }” ei ole mahdollinen lajista { $from } lajiin { $to }.
cmd-self-relation = Kohdetta ”{ $id }” ei voi liittää suhteella itseensä.
cmd-duplicate-relation = Kohteella ”{ $from }” on jo suhde ”{ $relation }” kohteeseen ”{ $to }”.
cmd-missing-relation = Kohteella ”{ $from }” ei ole suhdetta ”{ $relation }” kohteeseen ”{ $to }”.
cmd-still-replaced = Kohdetta ”{ $id }” ei voi poistaa: ”{ $by }” korvaa sen, eikä sitä ole muissa skenaarioissa. Poista se ensin kohteen ”{ $by }” korvattavista.
cmd-already-part = ”{ $id }” on jo kohteen ”{ $parent }” osa: siirrä se sen sijaan.
cmd-already-headed = Kohdetta ”{ $id }” johtaa jo ”{ $head }”.
cmd-no-name = Kohteelle ”{ $id }” tarvitaan nimi tai nimike ainakin yhdellä kielellä.
cmd-bad-number = { $value } ei ole kelvollinen luku: käytä lukua, joka on nolla tai suurempi.
cmd-bad-term = Toimikausi päättyy ennen kuin se alkaa.
cmd-unrelated-edge = Suhde ”{ $relation }” kohteesta ”{ $from }” kohteeseen ”{ $to }” ei koske uutta kohdetta.

## Tiedostojen avaaminen ja tallentaminen

load-io = tiedostoa ei voi lukea: { $reason }
file-too-large = tiedosto on { $size } Mt; orgplan lukee enintään { $limit } Mt:n tiedostoja
file-too-many-rows = tiedostossa on yli { $limit } riviä; orgplan lukee enintään { $limit }
load-empty = tiedosto on tyhjä; odotettiin suunnitelmaa, joka alkaa merkillä ”(”.
load-not-text = tämä ei ole tekstitiedosto (ei UTF-8); odotettiin orgplanin suunnitelmatiedostoa.
load-syntax = odotettiin { $expected } (jäsennin: { $detail })
load-future-version = tiedosto on tehty orgplanin uudemmalla versiolla (tiedostomuodon versio { $found }; tämä versio lukee enintään version { $supported }). Päivitä orgplan, niin voit avata tiedoston.
load-bad-version = tiedostomuodon versiota { $found } ei ole olemassa; odotettiin versiota 1.
load-no-scenarios = suunnitelmassa ei ole skenaarioita; odotettiin ainakin lähtötilannetta.
load-duplicate-scenario = kahdella skenaariolla on sama tunniste ”{ $id }”; odotettiin kutakin tunnistetta vain kerran.
load-duplicate-id = skenaario ”{ $scenario }”: kahdella kohteella on sama tunniste ”{ $id }”; odotettiin kutakin tunnistetta vain kerran skenaariossa.
load-duplicate-task = skenaario ”{ $scenario }”: kahdella tehtävällä on sama tunniste ”{ $id }”; odotettiin kutakin tehtävän tunnistetta vain kerran skenaariossa.
load-missing-target = skenaario ”{ $scenario }”: kohteen ”{ $node }” kentässä { $relation } on ”{ $target }”, mutta sellaista kohdetta ei ole; odotettiin olemassa olevan kohteen tunnistetta.
load-invalid-relation = skenaario ”{ $scenario }”: { $reason }
load-no-name = skenaario ”{ $scenario }”: kohteella ”{ $node }” ei ole nimeä eikä nimikettä; odotettiin ainakin toista niistä.
load-bad-number = kohde ”{ $node }”: kentän { $field } arvon on oltava luku, joka on nolla tai suurempi.
save-failed = Tiedostoa { $path } ei voitu tallentaa: { $reason }. Levyllä oleva tiedosto on ennallaan.

expected-more = lisää: tiedosto loppuu liian aikaisin (onko se katkennut?)
expected-structure = rakennetta kaarisulkeissa ”( … )”
expected-structure-end = sulkevaa kaarisulkua ”)”
expected-text = tekstiä lainausmerkeissä
expected-number = lukua
expected-list = luetteloa hakasulkeissa ”[ … ]”
expected-list-end = sulkevaa hakasulkua ”]”
expected-comma = pilkkua kohtien välissä
expected-colon = kaksoispistettä ”:” kentän nimen jälkeen
expected-known-field = jotakin kentistä { $allowed }, ei ”{ $found }”
expected-field = kenttää ”{ $field }”, joka puuttuu
expected-field-once = kenttää ”{ $field }” vain kerran
expected-known-value = jotakin arvoista { $allowed }, ei ”{ $found }”
expected-type = { $expected }, ei { $found }
expected-valid = kelvollista arvoa
expected-end = tiedoston loppua suunnitelman jälkeen
expected-ron = kelvollista suunnitelmatiedostoa (RON)

## CSV-tuonti

csv-not-csv = ei luettavissa CSV-tekstinä: { $detail }
csv-missing-column = otsikkoriviltä puuttuu sarake ”{ $column }”; odotettiin sarakkeita id,parent,kind,name
csv-unknown-column = tuntematon sarake ”{ $column }”; sarakkeet ovat { $allowed }
csv-duplicate-column = sarake ”{ $column }” esiintyy kahdesti
csv-field-count = kenttiä { $found }, mutta otsikkorivillä { $expected }
csv-bad-id = ”{ $id }” ei ole kelvollinen tunniste: käytä 1–64 kirjainta, numeroa tai merkkiä ”-”, ”_”, ”.” tai ”:”
csv-duplicate-id = tunniste ”{ $id }” on jo käytössä rivillä { $line }
csv-unknown-kind = tuntematon laji ”{ $kind }”; odotettiin organisation, unit, team, position tai group
csv-no-name = nimi on tyhjä
csv-bad-number = { $column } ”{ $text }” ei ole luku, joka on nolla tai suurempi
csv-unknown-status = tuntematon tila ”{ $status }”; odotettiin jotakin arvoista { $allowed }
csv-unknown-target = { $column } ”{ $id }” ei ole minkään rivin id
csv-not-a-position = { $column } sallitaan vain riveillä, joiden kind on position

## Tarkistuksissa löytyneet ongelmat

problem-structure-cycle = Kehä rakenteessa: { $names } ovat toistensa osia.
problem-reporting-cycle = Kehä raportoinnissa: { $names } raportoivat toisilleen.
problem-no-head = { $first }: johtaja puuttuu.
problem-unheld-head = { $first }: johtajana on { $second }, jonka tila on ”{ $status }”.
problem-two-supervisors = { $first }: kaksi tai useampia esihenkilöitä: { $others }.
problem-serves-ceased = { $first } palvelee kohdetta { $second }, jonka toiminta on lakannut.
problem-task-no-owner = Tehtävä ”{ $task }” kuuluu kohteelle { $first }, joka on jätetty täyttämättä tai lakkautettu: tehtävällä ei ole vastuuhenkilöä.
problem-group-expired = { $first }: toimikausi päättyi { $end } eli ennen skenaarion voimaantuloa.
problem-span-over-limit = { $first }: suoraan alaisina { $count } vakanssia; raja on { $limit }.
problem-orphan = { $first } ei kuulu mihinkään yksikköön eikä organisaatioon.

## Komentorivi

cli-no-problems = { $file }, skenaario ”{ $scenario }”: ei ongelmia.
cli-problems = { $file }, skenaario ”{ $scenario }”: { $count ->
    [one] yksi ongelma
   *[other] { $count } ongelmaa
}
cli-written = Kirjoitettu: { $path }.
cli-generated = Luotu { $count } kohdetta tiedostoon { $path }.
cli-generate-extension = Ei tiedetä, mitä tiedostoon { $path } kirjoitetaan: anna .csv-tiedosto tai suunnitelma (.orgplan, .ron).
cli-imported = Tuotu { $count } kohdetta tiedostoon { $path }.
cli-exported = Kirjoitettu { $count ->
    [one] { $path }
   *[other] { $count } sivua, ensimmäinen { $path }
}.
cli-unknown-example = Tuntematon esimerkki ”{ $name }”; valitse jokin seuraavista: { $allowed }.
cli-unknown-scenario = Skenaariota ”{ $name }” ei ole; skenaariot ovat { $allowed }.
cli-window-failed = Ikkunaa ei voitu avata: { $reason }

## Ikkuna

menu-file = Tiedosto
menu-export = Vie
menu-export-compare-first = Vertaa ensin kahta skenaariota (Vertaa, ylhäällä).
menu-open = Avaa…
menu-open-path = Avaa polun perusteella…
menu-save = Tallenna
menu-save-as = Tallenna nimellä…
menu-save-as-path = Tallenna nimellä polun perusteella…
menu-export-pdf = Vie kaavio PDF-tiedostoksi…
menu-export-png = Vie kaavio PNG-kuvaksi…
menu-export-svg = Vie kaavio SVG-tiedostoksi…
menu-export-paper = Paperi:
menu-export-redact = Jätä henkilötiedot pois (julkaistavaksi)
paper-a4 = A4
paper-a3 = A3
paper-fit = Sovita
menu-examples = Esimerkit
menu-quit = Lopeta
menu-language = Kieli
example-kouvola = Kouvola 2023: organisaatiouudistus
example-manttavilppula = Mänttä-Vilppula 2023: työryhmä
label-scenario = Skenaario
panel-outline = Organisaatio
panel-details = Tiedot
panel-problems = Ongelmat ({ $count })
problems-none = Ongelmia ei löytynyt.
problems-conflict = Yhdistämisristiriita: { $text }
problems-resolve = Ratkaistu
problems-resolve-hint = Sulje ristiriita suunnitelmassa nyt olevalla arvolla (oma).
problems-take-theirs = Ota toisen arvo
problems-take-theirs-hint = Aseta kenttään toisen suunnittelijan arvo ja sulje ristiriita.
problems-take-theirs-failed = Toisen arvoa kenttään { $field } ei voitu ottaa: { $reason }
details-none = Valitse organisaatiosta yksikkö, tiimi, vakanssi tai työryhmä, niin näet sen tiedot.
outline-groups = Työryhmät
path-open-title = Avaa suunnitelmatiedosto
path-save-title = Tallenna suunnitelma nimellä
path-label = Tiedoston polku
button-open = Avaa
button-save = Tallenna
button-cancel = Peruuta
status-opened = Avattu: { $path }.
status-saved = Tallennettu: { $path }.
status-example = Avattu esimerkki ”{ $name }”.
unsaved-mark = tallentamattomia muutoksia

## Kohteen tiedot

field-id = Tunniste
field-kind = Laji
field-name = Nimi
field-short-name = Lyhenne
field-title = Nimike
field-holder = Haltija
field-status = Tila
field-fte = Htv
field-headcount = Henkilömäärä
field-cost = Vuosikustannus
field-capacity = Kapasiteetti
field-work = Toiminta
field-cost-centre = Kustannuspaikka
field-notes = Huomautukset
field-term = Toimikausi
field-decision = Päätös
field-tasks = Tehtävät
field-part-of = Kuuluu
field-heads = Johtaa
field-led-by = Johtaja
field-supervisor = Esihenkilö
supervisor-stated = ilmoitettu
supervisor-derived = päätelty
field-serves = Palvelee
field-served-by = Palvelun tuottaa
field-members = Jäsenet
field-member-of = Jäsenenä
field-assistant-to = Avustaa
field-replaces = Korvaa
field-effective = Voimaantulo
field-rationale = Perustelut
field-contacts = Yhteyshenkilöt
decision-body = Toimielin
decision-date = Kokous
decision-section = §
decision-record = Diaarinumero
decision-presenter = Esittelijä
decision-proposal = Päätösehdotus
decision-text = Päätös
value-none = ei ole

## Kaaviot

chart-collapsed = +{ $count } sisällä
chart-member = { $role }: { $name }
chart-fte = { $fte } htv
chart-effective = Voimaan { $date }
chart-decision = Päätös: { $decision }
chart-serves = palvelee (katkoviiva)
chart-compared = muutokset: { $before }
mark-added = uusi
mark-removed = poistuu
mark-moved = siirtyy
mark-renamed = nimi muuttuu
mark-merged = yhdistetty
mark-split = jaosta
mark-replaced = korvaa
mark-kind_changed = tyyppi muuttuu
mark-new_head = uusi johtaja
mark-new_supervisor = uusi esihenkilö
mark-status_changed = tila muuttuu

## The comparison view: tabs, direction, filters, legend and the figures table.
compare-tab-changes = Muutokset
compare-tab-figures = Luvut
compare-swap = Vaihda suunta
compare-swap-hint = Lue vertailu toisin päin. Se alkaa aina aiemmasta skenaariosta (nykytila ensin).
compare-marked = Merkitty kaavio
compare-side-by-side = Rinnakkain
compare-shown = { $shown } / { $all } muutosta näkyvissä
compare-filter-all = Kaikki
compare-filter-group = Ryhmä
compare-filter-type = Tyyppi
compare-side-earlier = Ennen: { $name }
compare-side-later = Jälkeen: { $name }
compare-legend = Merkinnät:
change-type-node_added = Lisätty
change-type-node_removed = Poistettu
change-type-renamed = Nimi muuttunut
change-type-kind_changed = Tyyppi muuttunut
change-type-moved = Siirretty
change-type-merged = Yhdistetty
change-type-split = Jaettu
change-type-replaced = Korvattu
change-type-head_changed = Johtaja vaihtunut
change-type-supervisor_changed = Esihenkilö vaihtunut
change-type-vacancy_changed = Tila muuttunut
change-type-serves_added = Alkaa palvella
change-type-serves_removed = Lakkaa palvelemasta
change-type-membership_changed = Ryhmän jäsenyys
change-type-task_moved = Tehtävä siirtynyt
change-type-task_orphaned = Tehtävä ilman omistajaa
change-type-task_added = Uusi tehtävä
change-type-figure_changed = Luku muuttunut
change-type-details_changed = Muut tiedot
figures-copy = Kopioi tekstinä
figures-save-xlsx = Tallenna xlsx-tiedostona…
figures-save-csv = Tallenna CSV-tiedostona…
figures-sort-hint = Lajittele yksiköt tämän sarakkeen mukaan (uudelleen napsauttamalla käänteisesti, kolmannella kerralla rakenteen järjestykseen)
figures-unit-figure = Yksiköillä näkyy
figures-units = Yksiköt
status-figures-copied = Luvut kopioitiin sarkaimin eroteltuna tekstinä: liitä ne taulukkolaskentaan.

## The committee pack.
pack-title = { $plan }: { $scenario }
pack-proposal = Ehdotus: ”{ $after }”, verrattuna: ”{ $before }”.
pack-scenario = Ehdotus
pack-contact = Yhteyshenkilö
pack-made = Aineisto laadittu
pack-summary = Yhteenveto
pack-changes-by-group = Muutokset ryhmittäin
pack-group = Ryhmä
pack-count = Muutoksia
pack-changes-total = Kaikki muutokset
pack-headline = Keskeiset luvut
pack-change = Muutos
pack-before = Ennen: { $name }
pack-after = Jälkeen: { $name }, muutokset merkittyinä
pack-chart-alt = Organisaatiokaavio ”{ $name }”, { $boxes } laatikkoa. Sen sisältö seuraa sisäkkäisenä luettelona.
pack-chart-list = Kaavion sisältö luettelona
pack-changes = Muutokset
pack-figures = Luvut
pack-figures-whole = Koko organisaatio
pack-figures-units = Yksiköittäin
pack-attention = vaatii huomiota
pack-problems = Avoimet ongelmat
pack-no-problems = Tarkistukset eivät löydä ehdotuksesta ongelmia.
pack-no-language = Anna aineistolle vähintään yksi kieli (fi, sv tai en).
menu-export-pack = Lautakunta-aineisto (HTML)…
menu-export-pack-pdf = Lautakunta-aineisto (PDF)…
menu-export-pack-docx = Lautakunta-aineisto (Word)…
pack-participation = Osallistuminen
event-workshop = Työpaja
event-survey = Kysely
event-hearing = Kuuleminen
event-co_operation = Yhteistoimintaneuvottelu
event-statement = Lausunto
event-participants = Osallistujat
event-summary = Mitä sanottiin
event-outcome = Mitä sen takia muuttui
event-kind = Laji
event-date = Päivä
event-add = Lisää tilaisuus
event-remove = Poista tilaisuus
edit-participation = Muuta skenaarion ”{ $name }” osallistumistietoja
pack-class-public = Julkinen
pack-class-internal = Sisäiseen käyttöön: sisältää henkilötietoja
cli-pack-written = Lautakunta-aineisto kirjoitettiin tiedostoon { $path }.
cli-bad-date = ”{ $text }” ei ole päivämäärä muodossa VVVV-KK-PP.
cli-no-today = Järjestelmän kello ei anna päivämäärää: anna päivä valitsimella --date VVVV-KK-PP.
chart-page = Sivu { $page }/{ $pages }
chart-page-alone = Sivu { $page }
# Sivun reunalta jatkuvan viivan vieressä: sivu, jolla se jatkuu.
chart-continues = s. { $page }
pdf-list-title = Organisaatio luettelona
pdf-figure-alt = Organisaatiokaavio: { $title }, { $subtitle }; kaavion sivu { $page }/{ $pages }, yhteensä { $count } laatikkoa. Sama sisältö on luettelona kaavion jälkeen.

## Kaavion sovittaminen paperille (haara fit)

chart-arranged = Sovitettu paperille: { $how }.
chart-arranged-stacked = tehtävät pinottu enintään { $rows } päällekkäin
chart-arranged-bands = yli { $most } osan rivit jaettu useammalle riville
chart-arranged-left-right = kaavio etenee vasemmalta oikealle
chart-arranged-tight = laatikoiden välit kavennettu
chart-arranged-lists = tehtävät lueteltu tiimiensä alle pienellä tekstillä
chart-arranged-hung = tiimit allekkain palstoissa yksikkönsä alla
chart-arranged-groups-under = ryhmän alaiset ryhmät rivissä organisaation alla

## Kaavion sovittamisen loppu

## Skenaarioiden vertailu
list-and = { $first } ja { $last }
field-role = Rooli
diff-title = Muutokset (ennen: ”{ $from }”; nyt: ”{ $to }”)
diff-none = Ei muutoksia.
diff-group-structure = Rakenne
diff-group-management = Johtaminen
diff-group-posts = Vakanssit
diff-group-tasks = Tehtävät
diff-group-figures = Luvut
diff-group-details = Muut muutokset
diff-node_added = Uusi: { $name } ({ $kind }; osa: { $parent }).
diff-node_added-top = Uusi: { $name } ({ $kind }).
diff-node_removed = Poistuu: { $name } ({ $kind }; oli osa: { $parent }).
diff-node_removed-top = Poistuu: { $name } ({ $kind }).
diff-renamed = Nimi muuttuu: { $after } (ennen: { $before }).
diff-renamed-title = Nimike muuttuu: { $after } (ennen: { $before }).
diff-kind_changed = Tyyppi muuttuu: { $name } (ennen: { $before }; nyt: { $after }).
diff-moved = Siirtyy: { $name } (ennen: { $before }; nyt: { $after }).
diff-merged = Yhdistyvät: { $name } (ennen: { $before }).
diff-split = Jakautuu: { $name } (nyt: { $after }).
diff-replaced = Korvautuu: { $name } (ennen: { $before }).
diff-inferred = (päätelty siitä, minne tehtävät siirtyvät)
diff-serves_added = Alkaa palvella: { $name } (yksiköt: { $after }).
diff-serves_removed = Lakkaa palvelemasta: { $name } (yksiköt: { $before }).
diff-head_changed = Johtaja vaihtuu: { $name } (ennen: { $before }; nyt: { $after }).
diff-supervisor_changed = Esihenkilö vaihtuu: { $name } (ennen: { $before }; nyt: { $after }).
diff-membership-joins = Liittyy ryhmään: { $name } (ryhmä: { $group }; rooli: { $role }).
diff-membership-leaves = Eroaa ryhmästä: { $name } (ryhmä: { $group }; rooli: { $role }).
diff-membership-role = Rooli muuttuu: { $name }, ryhmä { $group } (ennen: { $before }; nyt: { $after }).
diff-vacancy_changed = Tila muuttuu: { $name } (ennen: { $before }; nyt: { $after }).
diff-task_moved = Tehtävä siirtyy: ”{ $task }” (ennen: { $before }; nyt: { $after }).
diff-task_orphaned = Tehtävä jää ilman hoitajaa: ”{ $task }” (ennen: { $before }; nyt: { $after }).
diff-task_added = Uusi tehtävä: ”{ $task }” ({ $after }).
diff-figure_changed = { $figure }: { $name } (ennen: { $before }; nyt: { $after }).
stats-figure = Luku
stats-units = Yksiköt
stats-teams = Tiimit
stats-groups = Ryhmät
stats-positions = Vakanssit
stats-filled = Täytetyt vakanssit
stats-vacant = Avoimet vakanssit
stats-left-unfilled = Täyttämättä jätetyt vakanssit
stats-layers = Johtamistasot
stats-supervisors = Esihenkilöt
stats-span-mean = Johtamisväli, keskiarvo
stats-span-median = Johtamisväli, mediaani
stats-span-max = Johtamisväli, suurin
stats-span-over-limit = Esihenkilöt, joiden johtamisväli ylittää rajan
stats-cost-rest-of-year = Kustannus loppuvuodelta
stats-admin-fte-share = Hallinnon osuus htv:stä
stats-admin-cost-share = Hallinnon osuus kustannuksista
stats-points = %-yks.
stats-per-unit = Yksiköittäin
stats-per-unit-sheet = Yksiköittäin
stats-tasks-without-owner = Tehtäviä ilman vastuutahoa
stats-unit-figures = Yksikkö: vakanssit / htv / kustannus / johtamistasot / suurin johtamisväli

## Henkilöstövaikutukset
value-yes = kyllä
value-no = ei
impact-confidential = LUOTTAMUKSELLINEN: henkilöstövaikutukset yhteistoimintamenettelyä varten
impact-title = Henkilöstövaikutukset (ennen: ”{ $from }”; nyt: ”{ $to }”)
impact-none = Kummassakaan organisaatiossa ei ole vakanssia, jolla on haltija.
impact-unchanged = ei muutosta
impact-unit = Yksikkö
impact-post-removed = vakanssi poistuu
impact-tasks-gained = Saa tehtävät
impact-tasks-lost = Luopuu tehtävistä
impact-sheet = Henkilöstövaikutukset
impact-col-classification = Luokitus
impact-col-holder = Haltija
impact-col-post = Vakanssin tunnus
impact-col-title-before = Nimike ennen
impact-col-title-after = Nimike jälkeen
impact-col-unit-before = Yksikkö ennen
impact-col-unit-after = Yksikkö jälkeen
impact-col-supervisor-before = Esihenkilö ennen
impact-col-supervisor-after = Esihenkilö jälkeen
impact-col-status-before = Tila ennen
impact-col-status-after = Tila jälkeen
impact-col-fte-before = Htv ennen
impact-col-fte-after = Htv jälkeen
impact-col-tasks-gained = Saadut tehtävät
impact-col-tasks-lost = Luovutetut tehtävät
impact-col-changed = Muuttuu
cli-impact-redact = Henkilöstövaikutusluettelo nimeää henkilöitä ja on luottamuksellinen: sitä ei voi tehdä anonymisoituna.
cli-xlsx-needs-output = Taulukkoa ei voi kirjoittaa päätteeseen: anna tiedosto valitsimella -o.

## Yhdistäminen
cli-merged = Yhdistetty ilman ristiriitoja.
cli-merge-conflicts = { $count ->
    [one] Yhdistetty; yksi ristiriita ratkaistavana. Yhdistetyssä suunnitelmassa on oma arvoni, ja ristiriita on kirjattu:
   *[other] Yhdistetty; { $count } ristiriitaa ratkaistavana. Yhdistetyssä suunnitelmassa ovat omat arvoni, ja ristiriidat on kirjattu:
}
cli-merge-failed = Versioita ei voi yhdistää kelvolliseksi suunnitelmaksi: { $reason }
merge-conflict = { $place }: alkuperäinen { $base }, oma { $mine }, toisen { $theirs }
cli-open-conflicts = { $count ->
    [one] Yksi yhdistämisen ristiriita ratkaistavana:
   *[other] { $count } yhdistämisen ristiriitaa ratkaistavana:
}
diff-renamed-task = Tehtävän nimi muuttuu: ”{ $after }” (ennen: ”{ $before }”).
label-compare-with = Vertaa
compare-none = (ei vertailua)
button-close-compare = Sulje vertailu
panel-figures = Luvut
impact-changed = { $after } (ennen: { $before })
button-save-change-list = Tallenna muutosluettelo (ilman henkilötietoja)…
button-save-impact-list = Tallenna henkilöstövaikutukset (luottamuksellinen)…
impact-post-new = uusi vakanssi
impact-col-holder-before = Haltija ennen
impact-col-holder-after = Haltija jälkeen
menu-edit = Muokkaa
menu-undo = Kumoa
menu-redo = Tee uudelleen
menu-undo-named = Kumoa: { $edit }
menu-redo-named = Tee uudelleen: { $edit }
edit-rename = nimeä uudelleen { $name }
label-rename = Nimi ({ $lang })
label-rename-title = Nimike ({ $lang })
button-discard = Hylkää
unsaved-title = Tallentamattomia muutoksia
unsaved-text = Suunnitelmassa on muutoksia, joita ei ole tallennettu. Tallennetaanko ne ensin?
label-add-part = Lisää osa
add-choose = valitse…
label-move-under = Siirrä osaksi
button-delete = Poista osineen
button-delete-keep-parts = Poista, säilytä osat
new-unit = Uusi yksikkö
new-team = Uusi tiimi
new-position = Uusi vakanssi
new-group = Uusi ryhmä
edit-add = lisää { $kind } kohteeseen { $name }
edit-move = siirrä { $name }
edit-status = tila: { $name }
edit-delete = poista { $name }
status-active = toiminnassa
menu-help = Ohje
menu-shortcuts = Pikanäppäimet
shortcut-undo = Kumoa viimeisin muutos
shortcut-redo = Tee uudelleen
shortcut-save = Tallenna
shortcut-save-as = Tallenna nimellä
shortcut-open = Avaa suunnitelma
shortcut-up-down = Valitse organisaatiossa ylempi tai alempi kohta
shortcut-left-right = Valitse yläkohta tai ensimmäinen osa
shortcut-rename = Nimeä valittu kohta uudelleen
shortcut-enter = Nimikentässä: nimeä uudelleen
shortcut-delete = Poista valittu kohta osineen
shortcut-tab = Siirrä näppäimistön kohdistus seuraavaan kenttään
key-up-down = Nuoli ylös / alas
key-left-right = Nuoli vasemmalle / oikealle
key-f2-enter = F2 tai Enter
key-enter = Enter
key-delete = Delete
key-tab = Sarkain
error-export = Kaaviota ei voitu piirtää: { $reason }
error-spreadsheet = Taulukkoa ei voitu muodostaa: { $reason }
error-report = Raporttia ei voitu muodostaa: { $reason }
data-folder-not-private = Kansiota { $path } ei voitu rajata vain sinun luettavaksesi: { $reason }
label-search = Haku
search-hint = nimi, nimike, haltija tai tunniste
search-count = { $count ->
    [0] Ei osumia.
    [one] Yksi osuma; Enter valitsee sen.
   *[other] { $count } osumaa; Enter valitsee ensimmäisen.
}
shortcut-search = Hae organisaatiosta
panel-chart = Kaavio
menu-new = Uusi suunnitelma
status-new = Aloitettiin uusi suunnitelma.
new-plan = Uusi suunnitelma
new-baseline = Nykyinen organisaatio
new-organisation = Uusi organisaatio
edit-move-under = siirrä { $name } kohteen { $parent } alle
edit-move-many = siirrä { $count } kohdetta kohteen { $parent } alle
edit-collapse = tiivistä { $name }
edit-expand = avaa { $name }
edit-open-to = avaa kaavio kohteeseen { $name } asti
edit-show = näytä { $field } skenaariossa { $name }
canvas-drop-here = Siirrä kohteen { $name } alle
canvas-add-part = Lisää tämän alle: { $kind }
canvas-add-sibling = Lisää tämän rinnalle
canvas-collapse = Tiivistä osat yhdeksi laatikoksi
canvas-expand = Avaa osat
canvas-zoom-selection = Lähennä tähän
view-fit = Sovita
view-actual = 100 %
view-zoom-out = Pienennä
view-zoom-in = Suurenna
view-zoom-selection = Lähennä valintaan
view-zoom = Zoomaus { $percent } %
view-show = Laatikoissa näkyy
show-title = nimike
show-holder = haltija
show-fte = htv
show-cost = kustannus
show-work = ydintyö/hallinto
shortcut-new = Aloita uusi suunnitelma
shortcut-fit = Sovita kaavio ikkunaan
shortcut-zoom = Suurenna tai pienennä kaaviota
shortcut-add-part = Lisää osa valitun alle
shortcut-add-sibling = Lisää kohde valitun rinnalle
key-insert = Insert tai Ctrl+Enter
key-zoom = Ctrl+plus / Ctrl+miinus
shortcut-chart-mouse = Kaaviossa: vedä siirtääksesi näkymää, Ctrl+rulla zoomaa, Vaihto+veto valitsee useita, vedä laatikko toisen päälle siirtääksesi sen, kaksoisnapsautus tiivistää
key-mouse = Hiiri
cmd-duplicate-scenario = Skenaario ”{ $id }” on jo olemassa.
cmd-baseline = Lähtötilanne pysyy ensimmäisenä eikä sitä voi poistaa.
cmd-plan-edit-in-batch = Skenaarion voi lisätä tai poistaa vain omana muutoksenaan, ei osana muuta muutosta.
scenario-copy-name = { $name } (kopio)
panel-scenario = Skenaario
button-new-scenario = Uusi skenaario
button-new-scenario-hint = Kopio näytetystä skenaariosta vaihtoehdoksi muokattavaksi
button-delete-scenario = Poista skenaario
edit-new-scenario = uusi skenaario skenaariosta { $name }
edit-delete-scenario = poista skenaario { $name }
edit-scenario-meta = skenaarion { $name } tiedot
delete-scenario-title = Poistetaanko skenaario?
delete-scenario-text = ”{ $name }” ja sen organisaatio poistetaan suunnitelmasta. Kumoa palauttaa ne, kunnes ikkuna suljetaan.
invalid-date = Kirjoita päivämäärä muodossa 1.8.2026 tai 2026-08-01.
age-now = juuri äsken
age-minutes = { $count ->
    [one] minuutti sitten
   *[other] { $count } minuuttia sitten
}
age-hours = { $count ->
    [one] tunti sitten
   *[other] { $count } tuntia sitten
}
age-days = { $count ->
    [one] päivä sitten
   *[other] { $count } päivää sitten
}
autosave-failed = Automaattinen tallennus epäonnistui: { $reason }
recovery-title = Palautetaanko tallentamaton työ?
recovery-text = orgplan ei sulkeutunut oikein. Se oli tallentanut tallentamattoman työn automaattisesti { $when } (tiedosto: { $file }). Palautetaanko se?
recovery-no-file = ei vielä tallennettu tiedostoon
recovery-restored = Tallentamaton työ palautettiin. Tallenna se säilyttääksesi sen.
button-restore = Palauta
button-later = Myöhemmin
menu-recent = Viimeisimmät tiedostot
show-compact = pitkät virkarivit pinoina
show-fit-to-paper = järjestä mahtumaan tulostepaperille
show-fit-to-paper-hint = Kuten tulosteet järjestävät kaavion Vie-valikossa valitulle paperille: pitkät rivit kaistoiksi, virat korkeammiksi pinoiksi tai vasemmalta oikealle, mikä tulostaa suurimman tekstin yhdelle sivulle. Ikkunan tulosteet seuraavat tätä.
view-printed = { $paper }: { $pages ->
    [one] yksi sivu
   *[other] { $pages } sivua
}, pienin teksti { $size } pt
view-printed-as-is = Kaavio sellaisenaan: mikään kokeiltu järjestys ei tulosta sitä harvemmalle sivulle tai selvästi suurempana.
disk-changed = { $file } on muuttunut levyllä: toinen suunnittelija on ehkä tallentanut sen.
button-reload = Lataa heidän versionsa
button-merge = Yhdistä molemmat
button-keep-mine = Pidä omani
button-overwrite = Korvaa
edit-reload = lataa { $file } levyltä
edit-merge = yhdistä levyllä olevaan tiedostoon { $file }
edit-resolve-conflict = ratkaise kentän { $field } ristiriita
edit-take-theirs = ota toisen arvo kenttään { $field }
status-reloaded = Levyllä oleva versio ladattiin. Kumoa palauttaa omasi.
status-merged = { $count ->
    [0] Yhdistettiin levyllä olevaan versioon ilman ristiriitoja. Tallenna säilyttääksesi tuloksen.
    [one] Yhdistettiin levyllä olevaan versioon: yksi ristiriita ratkaistavana (orgplan check luettelee sen). Tallenna säilyttääksesi tuloksen.
   *[other] Yhdistettiin levyllä olevaan versioon: { $count } ristiriitaa ratkaistavana (orgplan check luettelee ne). Tallenna säilyttääksesi tuloksen.
}
overwrite-title = Tiedosto on muuttunut levyllä
overwrite-text = Joku tallensi tämän tiedoston sen jälkeen, kun avasit sen. Korvataanko heidän versionsa, yhdistetäänkö versiot ensin vai peruutetaanko?
invalid-number = Kirjoita luku, esimerkiksi 1,5.
edit-field = muokkaa kohdetta { $name }
edit-kind = vaihda kohteen { $name } laji
invalid-count = Henkilömäärä on kokonaisluku, vähintään 0.
term-start = Toimikausi alkaa
term-end = Toimikausi päättyy
task-move = Siirrä…
task-move-to = Anna ”{ $task }” toiselle vastuutaholle
button-remove = Poista
edit-move-task = anna ”{ $task }” kohteelle { $name }
edit-remove-task = poista kohteen { $name } tehtävä
task-add = Uusi tehtävä: kirjoita nimi ja paina Enter
task-add-hint = Vastuu, joka tällä kohteella on
edit-add-task = lisää tehtävä kohteelle { $name }
edit-head = vaihda kohteen { $name } johtaja
edit-supervisor = vaihda kohteen { $name } esihenkilö
serves-add = Palvele toista yksikköä…
edit-serves = muuta keitä { $name } palvelee
field-merge-into = Yhdistä kohteeseen
edit-merge-into = yhdistä { $name } kohteeseen { $keep }
edit-delete-many = poista { $count } kohdetta
menu-theme = Teema
theme-system = Järjestelmän mukaan
theme-light = Vaalea
theme-dark = Tumma
member-role-of = Kohteen { $name } rooli ryhmässä
member-add = Hae lisättävää jäsentä…
member-found = { $name } ({ $organisation })
member-none-found = Ei löytynyt ketään, joka voisi liittyä.
edit-members = muuta ryhmän { $name } jäseniä
merge-not-one-value = tätä ristiriitaa ei ratkaise yksi arvo
merge-gone = solmua tai skenaariota, jota se koskee, ei enää ole suunnitelmassa
merge-does-not-fit = toisen arvo ei sovi kenttään
merge-cycle = toisen valitsema ylempi yksikkö tekisi kohteesta osan itseään

## The edit history
cmd-unknown-conflict = Kohdassa { $at } ei ole yhdistämisen ristiriitaa.

## Serves notes: a team that serves (nearly) every unit beside it gets one note in its box
## instead of a dashed line to each unit (layout, chart legend and nested list)
chart-serves-all = Palvelee kaikkia yksiköitä
chart-serves-all-but = Palvelee kaikkia yksiköitä paitsi yksikköä { $unit }
chart-serves-some = Palvelee yksiköistä { $served }/{ $units }
chart-serves-all-legend = Palvelee kaikkia yksiköitä: tiimi palvelee jokaista vierellään olevaa yksikköä
chart-serves-list = palvelee: { $units }

# --- participation diff ---
## The changes to the scenario itself in a comparison: its participation record and its texts.
## A sentence never names who took part.
diff-participation-added = Osallistuminen: { $event } lisätty.
diff-participation-removed = Osallistuminen: { $event } poistettu.
diff-participation-changed = Osallistuminen: { $event } muuttunut ({ $parts }).
diff-participation-event = { $kind } { $date }
diff-participation-event-undated = { $kind } ilman päivää
diff-participation-part-date = päivä, ennen: { $before }
diff-participation-part-participants = osallistujat
diff-participation-part-summary = mitä sanottiin
diff-participation-part-outcome = mitä sen takia muuttui
diff-scenario-changed = { $field }: skenaario (ennen: { $before }; nyt: { $after }).

# --- plan details ---
## Suunnitelman omat tiedot (nimi, yhteyshenkilöt, valuutta) ikkunassa muokattuina.
plan-details = Suunnitelma
plan-name = Suunnitelman nimi ({ $lang })
plan-currency = Valuutta
plan-currency-default = tyhjä: euro (EUR)
plan-invalid-currency = Kirjoita valuutan kolmikirjaiminen tunnus, esimerkiksi EUR tai SEK.
plan-contact = Yhteyshenkilö { $at }
plan-contact-name = Nimi
plan-contact-title = Nimike ({ $lang })
plan-contact-phone = Puhelin
plan-contact-email = Sähköposti
plan-contact-new = Uusi yhteyshenkilö
plan-add-contact = Lisää yhteyshenkilö
plan-remove-contact = Poista yhteyshenkilö { $at }
edit-plan-details = suunnitelman tiedot
cmd-plan-no-name = Suunnitelmalla on oltava nimi ainakin yhdellä kielellä.
cmd-contact-no-name = Yhteyshenkilöllä { $at } on oltava nimi.
cmd-bad-currency = ”{ $code }” ei ole valuutan tunnus: kirjoita kolme kirjainta, esimerkiksi EUR tai SEK.

# --- responsible body ---
field-body = Vastuulautakunta
show-body = vastuulautakunta

# --- group term and decision ---
chart-term = Toimikausi { $term }
term-from = { $date } alkaen
term-until = { $date } asti
field-meetings = Kokoukset
chart-meetings = Kokoukset: { $meetings }

# capacity measures and demand
cmd-bad-measure-key = ”{ $key }” ei kelpaa mittarin tunnukseksi: käytä kirjaimia, numeroita, _ tai -, ei välilyöntejä eikä pisteitä.
cmd-duplicate-measure = Kahdella mittarilla on tunnus ”{ $key }”.
field-forecast-year = { $measure }, ennuste { $year }
demand-title = Kysyntä ja kapasiteetti
demand-measure = Mittari
demand-year = Vuosi
demand-over-title = Yli kapasiteetin
demand-none-over = Minkään yksikön kysyntä ei ylitä sen kapasiteettia.
demand-over-line = { $scenario }: { $unit }, { $measure } { $year }: kysyntä { $demand }, kapasiteetti { $capacity }
demand-unplaced-line = { $scenario }: yksikön { $unit } kysyntää ({ $measure } { $year }: { $demand }) ei ota vastaan mikään yksikkö
network-count = { $count } organisaation verkosto
network-members = Verkoston jäsenet
demand-caption = Kysyntä ja kapasiteetti yksiköittäin ja vuosittain: kysyntä / kapasiteetti (käyttöaste); ! merkitsee kapasiteetin ylittävää yksikköä

# staff list import
staff-io = { $path }: ei voi lukea: { $reason }
staff-not-a-table = { $path } ei ole taulukko, jonka orgplan osaa lukea: { $reason }
staff-no-sheet = Tiedostossa { $path } ei ole taulukkoa ”{ $sheet }”; sen taulukot: { $sheets }
staff-no-header = { $path }: ensimmäisten 30 rivin joukossa ei ole otsikkoriviä (riviä, joka nimeää vähintään kaksi saraketta)
staff-bad-mapping = Sarakkeiden vastaavuuksia ei voi lukea: { $reason }
staff-no-column = Vastaavuuksissa on sarake ”{ $column }”, jota tiedostossa ei ole.
staff-no-id-column = Mikään sarake ei sisällä vakanssien tunnuksia (vakanssinumeroita): liitä jokin sarake tunnukseksi (id).
staff-row-missing-id = ei tunnusta
staff-row-bad-id = ”{ $id }” ei kelpaa tunnukseksi (kirjaimia, numeroita, - _ . : ja enintään 64 merkkiä)
staff-row-duplicate-id = tunnus { $id } on myös kohdassa { $first }
staff-row-not-a-number = ”{ $text }” ei ole luku
staff-row-unknown-supervisor = millään rivillä ei ole esihenkilön tunnusta { $id }
staff-row-supervisor-cycle = esihenkilöketju palaa takaisin tähän vakanssiin
staff-row-unknown-status = ”{ $text }” ei ole tila (täytetty, avoin, täyttämättä, lakkautettu, sijainen)
staff-row-unknown-work = ”{ $text }” ei ole ydintoimintaa eikä hallintoa
staff-to-be-placed = Sijoitettavat
staff-nothing-imported = Mitään ei tuotu: { $count } riviä ei voi lukea (ks. yllä). Korjaa ne tai tuo muut valinnalla --skip-bad-rows.
staff-imported = Tuotiin { $posts } vakanssia { $units } yksikköön ({ $placed } sijoitettavana, { $bad } riviä jätetty pois) tiedostoon { $path }.
staff-errors-column = orgplan: miksi ei tuotu
csv-unknown-work = ”{ $work }” ei ole työn laji: core (ydintoiminta) tai administration (hallinto).
csv-unknown-role = ”{ $role }” sarakkeessa member_of ei ole ryhmän rooli: { $allowed }.
table-sheet = Organisaatio
# paijathame example
example-paijathame = Päijät-Häme 2021: seudullinen kehittämisverkosto

# utbildningskontoret example
example-utbildningskontoret = Koulutusvirasto 2023 (Ruotsi): kapasiteetti ja nuorisotalot

# capacity window
show-capacity = kapasiteetti
plan-network = Suunnitelma koskee organisaatioiden verkostoa
plan-network-hint = Sen juuret ovat yhteistyötä tekeviä organisaatioita (alueen kunnat), eivät yhden organisaation osia.
measures-title = Kapasiteetin mittarit
measures-hint = Missä yksiköiden kapasiteetti ja kysyntä lasketaan (oppilaat, lapset, osastot). Tunnus on se, jota tiedosto ja CSV-tiedoston sarake capacity.TUNNUS käyttävät; se ei muutu lisäämisen jälkeen.
measures-key = tunnus: { $key }
measures-remove = Poista mittari { $key }
measures-remove-hint = Poistaa mittarin suunnitelman luettelosta; yksiköt säilyttävät lukunsa siinä, tunnuksella nimettyinä.
measures-name = Nimi
measures-unit = Yksikkö
measures-name-of = Mittarin { $key } nimi ({ $lang })
measures-unit-of = Mitä mittari { $key } laskee ({ $lang })
measures-new-key = Uuden mittarin tunnus
measures-new-key-hint = esim. oppilaat
measures-add = Lisää mittari
measures-bad-key = Tunnus on yksi sana: kirjaimia, numeroita, _ tai -, ei välilyöntejä eikä pisteitä.
measures-key-taken = Suunnitelmassa on jo mittari ”{ $key }”.
capacity-no-measures = Ei kapasiteetin mittareita: lisää ne suunnitelman tietoihin (kun kaaviosta ei ole valittu mitään).
capacity-of = Kapasiteetti, { $measure }
forecast-title = Kysyntäennuste
forecast-hint = Kunakin vuonna odotettu kysyntä (lapset tai oppilaat väestöennusteen mukaan), jota verrataan kapasiteettiin kohdassa Kysyntä ja kapasiteetti.
forecast-clear = Tyhjennä
forecast-clear-of = Tyhjennä { $what }
forecast-new-year = { $measure }: ennusteeseen lisättävä vuosi
forecast-new-year-hint = Viimeistä seuraava vuosi; kirjoita toinen vuosi lisätäksesi sen.
forecast-new-figure = { $measure }, lisättävän vuoden ennuste
forecast-bad-year = Kirjoita vuosi neljällä numerolla, esimerkiksi 2027.
forecast-add = uusi vuosi
demand-toggle = Kysyntä ja kapasiteetti
demand-toggle-hint = Näyttää kaavion alla kunkin yksikön ennustetun kysynnän sen kapasiteettiin verrattuna vuosittain sekä yksiköt, joiden kapasiteetti ylittyy.
demand-panel-title = Kysyntä ja kapasiteetti: { $scenario }
demand-against-baseline = Verrattuna vaihtoehtoon { $baseline }: lakkautetun tai poistuneen yksikön kysyntä siirtyy sen korvaaville yksiköille.
demand-empty = Millään yksiköllä ei ole kysyntäennustetta. Valitse yksikkö ja täytä sen kysyntäennuste tietoihin.
demand-demand = Kysyntä
demand-capacity = Kapasiteetti
demand-utilisation = Käyttöaste
demand-over-legend = ! yli kapasiteetin: kysyntä ylittää yksikön kapasiteetin tällä mittarilla ja vuonna
demand-no-capacity-legend = – kapasiteettia ei annettu: yksiköllä ei ole kapasiteettia tällä mittarilla
demand-takes-over = ottaa vastaan: { $from }
demand-over-row = { $unit }, { $measure } { $year }: kysyntä { $demand }, kapasiteetti { $capacity } ({ $over } yli)
demand-unplaced-title = Kysyntä, jota mikään yksikkö ei ota vastaan
demand-unplaced-row = { $unit } (lakkautettu), { $measure } { $year }: { $demand }

# staff list window
menu-import-staff = Tuo henkilöstöluettelo…
menu-update-staff = Päivitä henkilöstöluettelosta…
status-staff-imported = Henkilöstöluettelo tuotiin uudeksi suunnitelmaksi (ei vielä tallennettu).
edit-staff-update = päivitys henkilöstöluettelosta
staff-import-title = Tuo henkilöstöluettelo
staff-update-title = Päivitä suunnitelma henkilöstöluettelosta
staff-carry = Vie päivitykset myös muihin skenaarioihin (ristiriidat jäävät yhdistämisristiriidoiksi)
staff-apply = Tee päivitys
staff-import = Tuo
staff-import-good = Tuo luettavissa olevat rivit
staff-column-none = — ei mikään —
staff-preview = { $posts } vakanssia { $units } yksikössä; { $placed } sijoitettavana; { $bad } riviä ei voi lukea.
staff-more = … ja { $count } muuta
staff-target-id = Vakanssin tunnus (vakanssinumero)
staff-target-title = Tehtävänimike
staff-target-title_sv = Nimike ruotsiksi
staff-target-title_en = Nimike englanniksi
staff-target-holder = Haltija
staff-target-unit = Yksikkö (polku A / B / C)
staff-target-supervisor = Esihenkilön vakanssi
staff-target-fte = Henkilötyövuosi (htv)
staff-target-fte_percent = Työaika (%)
staff-target-headcount = Henkilömäärä
staff-target-monthly_cost = Kuukausikustannus tai -palkka
staff-target-annual_cost = Vuosikustannus
staff-target-cost_centre = Kustannuspaikka
staff-target-work = Ydintoiminta tai hallinto
staff-target-status = Tila
table-changes-sheet = Muutokset
menu-table-xlsx = Skenaario taulukkona (xlsx)…
menu-table-csv = Skenaario taulukkona (CSV)…

# staff list: progress, sheet, options, row preview
progress-starting = Aloitetaan
progress-reading = Luetaan tiedostoa
progress-building = Muodostetaan vakansseja ja yksiköitä
progress-comparing = Verrataan avoimeen suunnitelmaan
staff-reading-title = Luetaan henkilöstöluetteloa
staff-job-lost = Henkilöstöluetteloa ei voitu käsitellä orgplanin sisäisen virheen vuoksi; mitään ei muutettu.
staff-row-too-many-cells = rivillä on { $cells } solua mutta otsikkorivillä { $columns } saraketta: onko jossakin nimessä erotin ilman lainausmerkkejä?
staff-row-id-taken = tunnus { $id } on jo yksikön tunnus, joka on muodostettu yksikköpoluista
staff-sheet = Taulukko
staff-separator = Yksikköpolun erotin
staff-months = Kuukausia vuodessa (kuukausikustannus × tämä = vuosikustannus)
staff-capacity = Kapasiteettimittarit:
staff-capacity-entry = { $key } sarakkeesta { $column }
staff-capacity-remove = Lopeta mittarin { $key } lukeminen
staff-capacity-column = Uusi mittari sarakkeesta
staff-capacity-key = Mittarin tunnus
staff-capacity-add = Lue mittarina
staff-show-all = Kaikki rivit
staff-show-problems = Vain rivit, joissa on ongelmia
staff-preview-row = Rivi
staff-preview-fate = Tulos
staff-fate-top = vakanssi organisaation ylimmällä tasolla
staff-fate-post = vakanssi yksikössä { $unit }
staff-fate-to-be-placed = sijoitettava vakanssi (yksikkö ei tiedossa)
staff-fate-bad = ei tuoda: { $reasons }

# about
dialog-staff-lists = Henkilöstöluettelot (Excel, CSV, teksti)
cli-man-failed = Ohjesivuja ei voitu kirjoittaa kansioon { $path }: { $reason }
menu-about = Tietoja orgplanista
about-version = Versio { $version }
about-what = Kasvatus- ja opetustoimen organisaatiomuutosten suunnittelu: skenaariot, tarkistukset, kaaviot ja lautakunnan aineisto.
about-licence = Lisenssi
about-fonts = Fontit
about-fonts-licence = Noto Sans, SIL Open Font License 1.1
about-recovery = Automaattisesti tallennetut suunnitelmat
about-settings = Asetukset
about-no-folder = (ei tällä tietokoneella)
