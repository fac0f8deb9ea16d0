## orgplan: svenska texter. Varje nyckel här måste också finnas i en/ och fi/ (ett test kontrollerar det).

app-title = orgplan
baseline-name = Nuvarande organisation

## Objekttyper, statusar, markeringar och roller

kind-organisation = organisation
kind-unit = enhet
kind-team = team
kind-position = tjänst
kind-group = arbetsgrupp
status-filled = tillsatt
status-vacant = vakant
status-left_unfilled = lämnas obesatt
status-abolished = indragen
status-acting = tillförordnad
status-ceased = upphört
work-core = kärnverksamhet
work-administration = administration
role-member = medlem
role-chair = ordförande
role-vice_chair = vice ordförande
role-coordinator = koordinator
role-secretary = sekreterare
role-expert = sakkunnig
scenario-status-draft = utkast
scenario-status-proposed = föreslaget
scenario-status-decided = beslutat
scenario-status-rejected = avslaget

## Relationer

relation-part_of = ingår i
relation-heads = leder
relation-reports_to = rapporterar till
relation-serves = betjänar
relation-member_of = medlem i
relation-assistant_to = assistent till

## Avvisade ändringar

cmd-unknown-scenario = Det finns inget scenario ”{ $id }”.
cmd-unknown-node = Det finns inget objekt ”{ $id }”.
cmd-duplicate-node = Ett objekt ”{ $id }” finns redan.
cmd-unknown-task = Det finns ingen uppgift ”{ $id }”.
cmd-duplicate-task = En uppgift ”{ $id }” finns redan.
cmd-has-parts = ”{ $id }” har fortfarande { $count ->
    [one] en del
   *[other] { $count } delar
}: flytta eller ta bort dem först.
cmd-cycle = ”{ $id }” kan inte ingå i ”{ $parent }”, eftersom ”{ $parent }” själv ligger inom ”{ $id }”.
cmd-invalid-relation = Typen { $from } kan inte ha relationen ”{ $relation }” till typen { $to }.
cmd-self-relation = ”{ $id }” kan inte ha en relation till sig själv.
cmd-duplicate-relation = ”{ $from }” har redan relationen ”{ $relation }” till ”{ $to }”.
cmd-missing-relation = ”{ $from }” har ingen relation ”{ $relation }” till ”{ $to }”.
cmd-still-replaced = ”{ $id }” kan inte tas bort: ”{ $by }” ersätter det, och inget annat scenario har det. Ta först bort det ur det som ”{ $by }” ersätter.
cmd-already-part = ”{ $id }” ingår redan i ”{ $parent }”: flytta det i stället.
cmd-already-headed = ”{ $id }” leds redan av ”{ $head }”.
cmd-no-name = ”{ $id }” behöver ett namn eller en befattning på minst ett språk.
cmd-bad-number = { $value } är inte ett giltigt värde: ange ett tal som är noll eller större.
cmd-bad-term = Mandatperioden slutar innan den börjar.
cmd-unrelated-edge = Relationen ”{ $relation }” från ”{ $from }” till ”{ $to }” gäller inte det nya objektet.

## Öppna och spara filer

load-io = filen kan inte läsas: { $reason }
file-too-large = filen är { $size } MB; orgplan läser filer på högst { $limit } MB
file-too-many-rows = filen har fler än { $limit } rader; orgplan läser högst { $limit }
load-empty = filen är tom; förväntade en plan som börjar med ”(”.
load-not-text = detta är ingen textfil (inte UTF-8); förväntade en planfil från orgplan.
load-syntax = förväntade { $expected } (parser: { $detail })
load-future-version = filen kommer från en nyare version av orgplan (formatversion { $found }; denna version läser upp till { $supported }). Uppdatera orgplan för att öppna den.
load-bad-version = formatversion { $found } finns inte; förväntade 1.
load-no-scenarios = planen har inga scenarier; förväntade åtminstone nuläget.
load-duplicate-scenario = två scenarier har id ”{ $id }”; förväntade varje id bara en gång.
load-duplicate-id = scenario ”{ $scenario }”: två objekt har id ”{ $id }”; förväntade varje id bara en gång per scenario.
load-duplicate-task = scenario ”{ $scenario }”: två uppgifter har id ”{ $id }”; förväntade varje uppgifts id bara en gång per scenario.
load-missing-target = scenario ”{ $scenario }”: objektet ”{ $node }” har { $relation } ”{ $target }”, men något sådant objekt finns inte; förväntade id för ett befintligt objekt.
load-invalid-relation = scenario ”{ $scenario }”: { $reason }
load-no-name = scenario ”{ $scenario }”: objektet ”{ $node }” har varken namn eller befattning; förväntade minst ett av dem.
load-bad-number = objektet ”{ $node }”: { $field } måste vara ett tal som är noll eller större.
save-failed = Det gick inte att spara { $path }: { $reason }. Filen på disken är oförändrad.

expected-more = mer: filen tar slut för tidigt (är den avkortad?)
expected-structure = en struktur inom parentes ”( … )”
expected-structure-end = en avslutande parentes ”)”
expected-text = en text inom dubbla citattecken
expected-number = ett tal
expected-list = en lista inom hakparentes ”[ … ]”
expected-list-end = en avslutande hakparentes ”]”
expected-comma = ett kommatecken mellan elementen
expected-colon = ett kolon ”:” efter fältnamnet
expected-known-field = ett av fälten { $allowed }, inte ”{ $found }”
expected-field = fältet ”{ $field }”, som saknas
expected-field-once = fältet ”{ $field }” bara en gång
expected-known-value = ett av värdena { $allowed }, inte ”{ $found }”
expected-type = { $expected }, inte { $found }
expected-valid = ett giltigt värde
expected-end = ingenting mer efter planen
expected-ron = en giltig planfil (RON)

## CSV-import

csv-not-csv = kan inte läsas som CSV-text: { $detail }
csv-missing-column = rubrikraden saknar kolumnen ”{ $column }”; förväntade id,parent,kind,name
csv-unknown-column = okänd kolumn ”{ $column }”; kolumnerna är { $allowed }
csv-duplicate-column = kolumnen ”{ $column }” förekommer två gånger
csv-field-count = { $found } fält, men rubrikraden har { $expected }
csv-bad-id = ”{ $id }” är inte ett giltigt id: använd 1–64 bokstäver, siffror, ”-”, ”_”, ”.” eller ”:”
csv-duplicate-id = id ”{ $id }” används redan på rad { $line }
csv-unknown-kind = okänd typ ”{ $kind }”; förväntade organisation, unit, team, position eller group
csv-no-name = namnet är tomt
csv-bad-number = { $column } ”{ $text }” är inte ett tal som är noll eller större
csv-unknown-status = okänd status ”{ $status }”; förväntade ett av { $allowed }
csv-unknown-target = { $column } ”{ $id }” är inte id för någon rad
csv-not-a-position = bara rader med kind position kan ha { $column }

## Problem som kontrollerna hittat

problem-structure-cycle = Cirkulär struktur: { $names } ingår i varandra.
problem-reporting-cycle = Cirkulär rapportering: { $names } rapporterar till varandra.
problem-no-head = { $first } saknar chef.
problem-unheld-head = { $first } leds av { $second } (status: { $status }).
problem-two-supervisors = { $first } har två eller flera chefer: { $others }.
problem-serves-ceased = { $first } betjänar { $second }, som har upphört.
problem-task-no-owner = Uppgiften ”{ $task }” sköts av { $first }, som lämnas obesatt eller är indragen: ingen ansvarar för den.
problem-group-expired = { $first } upphörde { $end }, innan scenariot träder i kraft.
problem-span-over-limit = { $first } är direkt chef för { $count } tjänster; gränsen är { $limit }.
problem-orphan = { $first } ingår inte i någon enhet eller organisation.

## Kommandorad

cli-no-problems = { $file }, scenario ”{ $scenario }”: inga problem.
cli-problems = { $file }, scenario ”{ $scenario }”: { $count ->
    [one] ett problem
   *[other] { $count } problem
}
cli-written = Skrev { $path }.
cli-generated = Skapade { $count } objekt i { $path }.
cli-generate-extension = Vet inte vad som ska skrivas i { $path }: ange en .csv-fil eller en plan (.orgplan, .ron).
cli-imported = Importerade { $count } objekt till { $path }.
cli-exported = Skrev { $count ->
    [one] { $path }
   *[other] { $count } sidor, den första { $path }
}.
cli-unknown-example = Okänt exempel ”{ $name }”; välj ett av { $allowed }.
cli-unknown-scenario = Det finns inget scenario ”{ $name }”; scenarierna är { $allowed }.
cli-window-failed = Det gick inte att öppna fönstret: { $reason }

## Fönster

menu-file = Arkiv
menu-export = Exportera
menu-export-compare-first = Jämför först två scenarier (Jämför med, högst upp).
menu-open = Öppna…
menu-open-path = Öppna via sökväg…
menu-save = Spara
menu-save-as = Spara som…
menu-save-as-path = Spara som via sökväg…
menu-export-pdf = Exportera schemat som PDF…
menu-export-png = Exportera schemat som PNG…
menu-export-svg = Exportera schemat som SVG…
menu-export-paper = Papper:
menu-export-redact = Utelämna personuppgifter (för publicering)
paper-a4 = A4
paper-a3 = A3
paper-fit = Anpassa
menu-examples = Exempel
menu-quit = Avsluta
menu-language = Språk
example-kouvola = Kouvola 2023: omorganisering
example-manttavilppula = Mänttä-Filpula 2023: arbetsgrupp
label-scenario = Scenario
panel-outline = Organisation
panel-details = Detaljer
panel-problems = Problem ({ $count })
problems-none = Inga problem hittades.
problems-conflict = Sammanslagningskonflikt: { $text }
problems-resolve = Löst
problems-resolve-hint = Stäng konflikten med värdet planen har nu (mitt).
problems-take-theirs = Ta deras
problems-take-theirs-hint = Ge fältet den andra planerarens värde och stäng konflikten.
problems-take-theirs-failed = Deras värde för { $field } kunde inte användas: { $reason }
details-none = Välj en enhet, ett team, en tjänst eller en arbetsgrupp i organisationen för att se detaljerna.
outline-groups = Arbetsgrupper
path-open-title = Öppna en planfil
path-save-title = Spara planen som
path-label = Filens sökväg
button-open = Öppna
button-save = Spara
button-cancel = Avbryt
status-opened = Öppnade { $path }.
status-saved = Sparade { $path }.
status-example = Öppnade exemplet ”{ $name }”.
unsaved-mark = osparade ändringar

## Detaljer om ett objekt

field-id = Id
field-kind = Typ
field-name = Namn
field-short-name = Kortnamn
field-title = Befattning
field-holder = Innehavare
field-status = Status
field-fte = Årsverken
field-headcount = Antal personer
field-cost = Årskostnad
field-capacity = Kapacitet
field-work = Verksamhet
field-cost-centre = Kostnadsställe
field-notes = Anteckningar
field-term = Mandatperiod
field-decision = Beslut
field-tasks = Uppgifter
field-part-of = Ingår i
field-heads = Leder
field-led-by = Leds av
field-supervisor = Chef
supervisor-stated = angiven
supervisor-derived = härledd
field-serves = Betjänar
field-served-by = Betjänas av
field-members = Medlemmar
field-member-of = Medlem i
field-assistant-to = Assistent till
field-replaces = Ersätter
field-effective = Träder i kraft
field-rationale = Motivering
field-contacts = Kontaktpersoner
decision-body = Organ
decision-date = Sammanträde
decision-section = §
decision-record = Diarienummer
decision-presenter = Föredragande
decision-proposal = Beslutsförslag
decision-text = Beslut
value-none = ingen

## Diagram

chart-collapsed = +{ $count } inuti
chart-member = { $role }: { $name }
chart-fte = { $fte } årsv.
chart-effective = Träder i kraft { $date }
chart-decision = Beslut: { $decision }
chart-serves = betjänar (streckad linje)
chart-compared = ändringar från { $before }
mark-added = ny
mark-removed = upphör
mark-moved = flyttas
mark-renamed = nytt namn
mark-merged = sammanslagen
mark-split = från delning
mark-replaced = ersätter
mark-kind_changed = typen ändras
mark-new_head = ny chef
mark-new_supervisor = ny närmaste chef
mark-status_changed = status ändras

## The comparison view: tabs, direction, filters, legend and the figures table.
compare-tab-changes = Ändringar
compare-tab-figures = Siffror
compare-swap = Byt riktning
compare-swap-hint = Läs jämförelsen åt andra hållet. Den börjar alltid från det tidigare scenariot (nuläget först).
compare-marked = Märkt schema
compare-side-by-side = Sida vid sida
compare-shown = { $shown } av { $all } ändringar visas
compare-filter-all = Alla
compare-filter-group = Grupp
compare-filter-type = Typ
compare-side-earlier = Före: { $name }
compare-side-later = Efter: { $name }
compare-legend = Markeringar:
change-type-node_added = Tillagd
change-type-node_removed = Borttagen
change-type-renamed = Nytt namn
change-type-kind_changed = Typen ändrad
change-type-moved = Flyttad
change-type-merged = Sammanslagen
change-type-split = Delad
change-type-replaced = Ersatt
change-type-head_changed = Ny chef
change-type-supervisor_changed = Ny närmaste chef
change-type-vacancy_changed = Status ändrad
change-type-serves_added = Börjar betjäna
change-type-serves_removed = Slutar betjäna
change-type-membership_changed = Gruppmedlemskap
change-type-task_moved = Uppgift flyttad
change-type-task_orphaned = Uppgift utan ägare
change-type-task_added = Ny uppgift
change-type-figure_changed = Siffra ändrad
change-type-details_changed = Övriga uppgifter
figures-copy = Kopiera som text
figures-save-xlsx = Spara som xlsx…
figures-save-csv = Spara som CSV…
figures-sort-hint = Sortera enheterna efter denna kolumn (klicka igen för omvänd ordning, en tredje gång för strukturens ordning)
figures-unit-figure = Enheterna visar
figures-units = Enheter
status-figures-copied = Siffrorna kopierades som tabbseparerad text: klistra in dem i ett kalkylblad.

## The committee pack.
pack-title = { $plan }: { $scenario }
pack-proposal = Förslag: ”{ $after }”, jämfört med ”{ $before }”.
pack-scenario = Förslag
pack-contact = Kontaktperson
pack-made = Materialet upprättat
pack-summary = Sammanfattning
pack-changes-by-group = Ändringar per grupp
pack-group = Grupp
pack-count = Ändringar
pack-changes-total = Alla ändringar
pack-headline = Nyckeltal
pack-change = Förändring
pack-before = Före: { $name }
pack-after = Efter: { $name }, med ändringarna markerade
pack-chart-alt = Organisationsschema ”{ $name }”, { $boxes } rutor. Innehållet följer som en kapslad lista.
pack-chart-list = Schemats innehåll som lista
pack-changes = Ändringar
pack-figures = Siffror
pack-figures-whole = Hela organisationen
pack-figures-units = Per enhet
pack-attention = kräver uppmärksamhet
pack-problems = Problem som kvarstår
pack-no-problems = Kontrollerna hittar inga problem i förslaget.
pack-no-language = Ange minst ett språk för materialet (fi, sv eller en).
menu-export-pack = Nämndmaterial (HTML)…
menu-export-pack-pdf = Nämndmaterial (PDF)…
menu-export-pack-docx = Nämndmaterial (Word)…
pack-participation = Delaktighet
event-workshop = Verkstad
event-survey = Enkät
event-hearing = Hörande
event-co_operation = Samarbetsförhandling
event-statement = Utlåtande
event-participants = Vilka deltog
event-summary = Vad som sades
event-outcome = Vad som ändrades därför
event-kind = Typ
event-date = Datum
event-add = Lägg till ett tillfälle
event-remove = Ta bort tillfället
edit-participation = Ändra delaktighetsuppgifterna för ”{ $name }”
pack-class-public = Offentlig
pack-class-internal = För internt bruk: innehåller personuppgifter
cli-pack-written = Nämndmaterialet skrevs till { $path }.
cli-bad-date = ”{ $text }” är inte ett datum av formen ÅÅÅÅ-MM-DD.
cli-no-today = Systemklockan ger inget datum: ange dagen med --date ÅÅÅÅ-MM-DD.
chart-page = Sida { $page }/{ $pages }
chart-page-alone = Sida { $page }
# Bredvid en linje som går över sidans kant: sidan där den fortsätter.
chart-continues = s. { $page }
pdf-list-title = Organisationen som lista
pdf-figure-alt = Organisationsschema: { $title }, { $subtitle }; sida { $page } av { $pages } av schemat, { $count } rutor sammanlagt. Samma innehåll följer som en lista.

## Anpassa ett schema till papperet (gren fit)

chart-arranged = Anpassat till papperet: { $how }.
chart-arranged-stacked = tjänsterna staplade högst { $rows } på varandra
chart-arranged-bands = rader med fler än { $most } delar har brutits i flera band
chart-arranged-left-right = schemat växer från vänster till höger
chart-arranged-tight = mindre utrymme mellan rutorna
chart-arranged-lists = tjänsterna listade under sina team med liten text
chart-arranged-hung = teamen under varandra i spalter under sin enhet
chart-arranged-groups-under = gruppens undergrupper i en rad under organisationen

## Slut på anpassa ett schema till papperet

## Jämförelse av scenarier
list-and = { $first } och { $last }
field-role = Roll
diff-title = Ändringar (förut: ”{ $from }”; nu: ”{ $to }”)
diff-none = Inga ändringar.
diff-group-structure = Struktur
diff-group-management = Ledning
diff-group-posts = Tjänster
diff-group-tasks = Uppgifter
diff-group-figures = Siffror
diff-group-details = Övriga ändringar
diff-node_added = Ny: { $name } ({ $kind }; del av: { $parent }).
diff-node_added-top = Ny: { $name } ({ $kind }).
diff-node_removed = Upphör: { $name } ({ $kind }; var del av: { $parent }).
diff-node_removed-top = Upphör: { $name } ({ $kind }).
diff-renamed = Nytt namn: { $after } (förut: { $before }).
diff-renamed-title = Ny titel: { $after } (förut: { $before }).
diff-kind_changed = Typen ändras: { $name } (förut: { $before }; nu: { $after }).
diff-moved = Flyttas: { $name } (förut: { $before }; nu: { $after }).
diff-merged = Slås samman: { $name } (förut: { $before }).
diff-split = Delas: { $name } (nu: { $after }).
diff-replaced = Ersätts: { $name } (förut: { $before }).
diff-inferred = (härlett av vart uppgifterna flyttas)
diff-serves_added = Börjar betjäna: { $name } (enheter: { $after }).
diff-serves_removed = Slutar betjäna: { $name } (enheter: { $before }).
diff-head_changed = Ny chef: { $name } (förut: { $before }; nu: { $after }).
diff-supervisor_changed = Ny förman: { $name } (förut: { $before }; nu: { $after }).
diff-membership-joins = Går med i en grupp: { $name } (grupp: { $group }; roll: { $role }).
diff-membership-leaves = Lämnar en grupp: { $name } (grupp: { $group }; roll: { $role }).
diff-membership-role = Rollen ändras: { $name }, grupp { $group } (förut: { $before }; nu: { $after }).
diff-vacancy_changed = Läget ändras: { $name } (förut: { $before }; nu: { $after }).
diff-task_moved = Uppgiften flyttas: ”{ $task }” (förut: { $before }; nu: { $after }).
diff-task_orphaned = Uppgiften blir utan ansvarig: ”{ $task }” (förut: { $before }; nu: { $after }).
diff-task_added = Ny uppgift: ”{ $task }” ({ $after }).
diff-figure_changed = { $figure }: { $name } (förut: { $before }; nu: { $after }).
stats-figure = Siffra
stats-units = Enheter
stats-teams = Team
stats-groups = Grupper
stats-positions = Tjänster
stats-filled = Tillsatta tjänster
stats-vacant = Vakanta tjänster
stats-left-unfilled = Tjänster som lämnas otillsatta
stats-layers = Ledningsnivåer
stats-supervisors = Förmän
stats-span-mean = Kontrollspann, medeltal
stats-span-median = Kontrollspann, median
stats-span-max = Kontrollspann, störst
stats-span-over-limit = Förmän över gränsen för kontrollspann
stats-cost-rest-of-year = Kostnad för resten av året
stats-admin-fte-share = Administrationens andel av årsverken
stats-admin-cost-share = Administrationens andel av kostnaderna
stats-points = %-enh.
stats-per-unit = Per enhet
stats-per-unit-sheet = Per enhet
stats-tasks-without-owner = Uppgifter utan ansvarig
stats-unit-figures = Enhet: tjänster / årsv. / kostnad / ledningsnivåer / största kontrollspann

## Personalkonsekvenser
value-yes = ja
value-no = nej
impact-confidential = KONFIDENTIELLT: personalkonsekvenser för samarbetsförfarandet med personalen
impact-title = Personalkonsekvenser (förut: ”{ $from }”; nu: ”{ $to }”)
impact-none = Ingen tjänst i någondera organisationen har en innehavare.
impact-unchanged = ingen ändring
impact-unit = Enhet
impact-post-removed = tjänsten upphör
impact-tasks-gained = Tar över
impact-tasks-lost = Lämnar ifrån sig
impact-sheet = Personalkonsekvenser
impact-col-classification = Klassificering
impact-col-holder = Innehavare
impact-col-post = Tjänstens id
impact-col-title-before = Titel förut
impact-col-title-after = Titel efter
impact-col-unit-before = Enhet förut
impact-col-unit-after = Enhet efter
impact-col-supervisor-before = Förman förut
impact-col-supervisor-after = Förman efter
impact-col-status-before = Läge förut
impact-col-status-after = Läge efter
impact-col-fte-before = Årsverken förut
impact-col-fte-after = Årsverken efter
impact-col-tasks-gained = Uppgifter som tas över
impact-col-tasks-lost = Uppgifter som lämnas
impact-col-changed = Ändras
cli-impact-redact = Listan över personalkonsekvenser namnger personer och är konfidentiell: den kan inte göras anonymiserad.
cli-xlsx-needs-output = Ett kalkylblad kan inte skrivas till terminalen: ange en fil med -o.

## Sammanslagning
cli-merged = Sammanslaget utan konflikter.
cli-merge-conflicts = { $count ->
    [one] Sammanslaget med en konflikt att lösa; den sammanslagna planen behåller mitt värde och konflikten är antecknad:
   *[other] Sammanslaget med { $count } konflikter att lösa; den sammanslagna planen behåller mina värden och konflikterna är antecknade:
}
cli-merge-failed = Versionerna kan inte slås samman till en giltig plan: { $reason }
merge-conflict = { $place }: ursprunglig { $base }, min { $mine }, deras { $theirs }
cli-open-conflicts = { $count ->
    [one] En konflikt från sammanslagning att lösa:
   *[other] { $count } konflikter från sammanslagning att lösa:
}
diff-renamed-task = Uppgiften får nytt namn: ”{ $after }” (förut: ”{ $before }”).
label-compare-with = Jämför med
compare-none = (ingen jämförelse)
button-close-compare = Stäng jämförelsen
panel-figures = Siffror
impact-changed = { $after } (förut: { $before })
button-save-change-list = Spara ändringslistan (utan personuppgifter)…
button-save-impact-list = Spara personalkonsekvenserna (konfidentiellt)…
impact-post-new = ny tjänst
impact-col-holder-before = Innehavare förut
impact-col-holder-after = Innehavare efter
menu-edit = Redigera
menu-undo = Ångra
menu-redo = Gör om
menu-undo-named = Ångra: { $edit }
menu-redo-named = Gör om: { $edit }
edit-rename = byt namn på { $name }
label-rename = Namn ({ $lang })
label-rename-title = Titel ({ $lang })
button-discard = Förkasta
unsaved-title = Osparade ändringar
unsaved-text = Planen har ändringar som inte är sparade. Spara dem först?
label-add-part = Lägg till en del
add-choose = välj…
label-move-under = Flytta till
button-delete = Ta bort med delar
button-delete-keep-parts = Ta bort, behåll delarna
new-unit = Ny enhet
new-team = Nytt team
new-position = Ny tjänst
new-group = Ny grupp
edit-add = lägg till { $kind } under { $name }
edit-move = flytta { $name }
edit-status = status för { $name }
edit-delete = ta bort { $name }
status-active = verksam
menu-help = Hjälp
menu-shortcuts = Kortkommandon
shortcut-undo = Ångra den senaste ändringen
shortcut-redo = Gör om
shortcut-save = Spara
shortcut-save-as = Spara som
shortcut-open = Öppna en plan
shortcut-up-down = Välj noden ovanför eller nedanför i organisationen
shortcut-left-right = Välj den överordnade noden eller den första delen
shortcut-rename = Byt namn på den valda noden
shortcut-enter = I namnfältet: byt namn
shortcut-delete = Ta bort den valda noden med dess delar
shortcut-tab = Flytta tangentbordsfokus till nästa fält
key-up-down = Pil upp / ned
key-left-right = Pil vänster / höger
key-f2-enter = F2 eller Enter
key-enter = Enter
key-delete = Delete
key-tab = Tabb
error-export = Diagrammet kunde inte ritas: { $reason }
error-spreadsheet = Kalkylbladet kunde inte skapas: { $reason }
error-report = Rapporten kunde inte skapas: { $reason }
data-folder-not-private = Mappen { $path } kunde inte göras läsbar för dig ensam: { $reason }
label-search = Sök
search-hint = namn, titel, innehavare eller id
search-count = { $count ->
    [0] Inga träffar.
    [one] En träff; Enter väljer den.
   *[other] { $count } träffar; Enter väljer den första.
}
shortcut-search = Sök i organisationen
panel-chart = Schema
menu-new = Ny plan
status-new = En ny plan påbörjades.
new-plan = Ny plan
new-baseline = Nuvarande organisation
new-organisation = Ny organisation
edit-move-under = flytta { $name } under { $parent }
edit-move-many = flytta { $count } noder under { $parent }
edit-collapse = fäll ihop { $name }
edit-expand = öppna { $name }
edit-open-to = öppna schemat ner till { $name }
edit-show = visa { $field } i { $name }
canvas-drop-here = Flytta under { $name }
canvas-add-part = Lägg till under denna: { $kind }
canvas-add-sibling = Lägg till bredvid denna
canvas-collapse = Fäll ihop delarna till en ruta
canvas-expand = Öppna delarna
canvas-zoom-selection = Zooma hit
view-fit = Anpassa
view-actual = 100 %
view-zoom-out = Mindre
view-zoom-in = Större
view-zoom-selection = Zooma till urvalet
view-zoom = Zoom { $percent } %
view-show = Rutorna visar
show-title = titel
show-holder = innehavare
show-fte = årsverken
show-cost = kostnad
show-work = kärnverksamhet/administration
shortcut-new = Påbörja en ny plan
shortcut-fit = Anpassa schemat till fönstret
shortcut-zoom = Zooma schemat in eller ut
shortcut-add-part = Lägg till en del under den valda noden
shortcut-add-sibling = Lägg till en nod bredvid den valda
key-insert = Insert eller Ctrl+Enter
key-zoom = Ctrl+plus / Ctrl+minus
shortcut-chart-mouse = I schemat: dra för att panorera, Ctrl+hjul zoomar, Skift+dra väljer flera, dra en ruta till en annan för att flytta den, dubbelklicka för att fälla ihop
key-mouse = Mus
cmd-duplicate-scenario = Ett scenario ”{ $id }” finns redan.
cmd-baseline = Utgångsläget förblir först och kan inte tas bort.
cmd-plan-edit-in-batch = Ett scenario kan bara läggas till eller tas bort för sig, inte som del av en annan ändring.
scenario-copy-name = { $name } (kopia)
panel-scenario = Scenario
button-new-scenario = Nytt scenario
button-new-scenario-hint = En kopia av det visade scenariot, att forma om som ett alternativ
button-delete-scenario = Ta bort scenariot
edit-new-scenario = nytt scenario från { $name }
edit-delete-scenario = ta bort scenariot { $name }
edit-scenario-meta = uppgifter om { $name }
delete-scenario-title = Ta bort scenariot?
delete-scenario-text = ”{ $name }” och dess organisation tas bort ur planen. Ångra återställer dem tills fönstret stängs.
invalid-date = Skriv datumet som 1.8.2026 eller 2026-08-01.
age-now = alldeles nyss
age-minutes = { $count ->
    [one] för 1 minut sedan
   *[other] för { $count } minuter sedan
}
age-hours = { $count ->
    [one] för 1 timme sedan
   *[other] för { $count } timmar sedan
}
age-days = { $count ->
    [one] för 1 dag sedan
   *[other] för { $count } dagar sedan
}
autosave-failed = Den automatiska sparningen misslyckades: { $reason }
recovery-title = Återställa osparat arbete?
recovery-text = orgplan stängdes inte ordentligt. Det hade sparat osparat arbete automatiskt { $when } (fil: { $file }). Återställa det?
recovery-no-file = ännu inte sparad i en fil
recovery-restored = Det osparade arbetet återställdes. Spara det för att behålla det.
button-restore = Återställ
button-later = Senare
menu-recent = Senaste filer
show-compact = långa rader av tjänster i kolumner
show-fit-to-paper = ordna för att rymmas på exportpapperet
show-fit-to-paper-hint = Som exporterna ordnar schemat för papperet som valts under Exportera: långa rader i band, tjänster i högre staplar eller från vänster till höger, det som ger störst text på en sida. Fönstrets exporter följer detta.
view-printed = { $paper }: { $pages ->
    [one] en sida
   *[other] { $pages } sidor
}, minsta text { $size } pt
view-printed-as-is = Schemat som det är: ingen prövad ordning ger färre sidor eller klart större text.
disk-changed = { $file } har ändrats på disken: en annan planerare kan ha sparat den.
button-reload = Läs in deras version
button-merge = Slå ihop båda
button-keep-mine = Behåll min
button-overwrite = Skriv över
edit-reload = läs in { $file } från disken
edit-merge = slå ihop med { $file } på disken
edit-resolve-conflict = lös konflikten i { $field }
edit-take-theirs = ta deras värde för { $field }
status-reloaded = Versionen på disken lästes in. Ångra återställer din.
status-merged = { $count ->
    [0] Sammanslogs med versionen på disken utan konflikter. Spara för att behålla resultatet.
    [one] Sammanslogs med versionen på disken: en konflikt att lösa (orgplan check listar den). Spara för att behålla resultatet.
   *[other] Sammanslogs med versionen på disken: { $count } konflikter att lösa (orgplan check listar dem). Spara för att behålla resultatet.
}
overwrite-title = Filen har ändrats på disken
overwrite-text = Någon sparade filen efter att du öppnade den. Skriva över deras version, slå ihop dem först eller avbryta?
invalid-number = Skriv ett tal, till exempel 1,5.
edit-field = redigera { $name }
edit-kind = byt typ för { $name }
invalid-count = Antalet personer är ett heltal, 0 eller mer.
term-start = Mandatperioden börjar
term-end = Mandatperioden slutar
task-move = Flytta till…
task-move-to = Ge ”{ $task }” till en annan ansvarig
button-remove = Ta bort
edit-move-task = ge ”{ $task }” till { $name }
edit-remove-task = ta bort en uppgift från { $name }
task-add = Ny uppgift: skriv dess namn och tryck Enter
task-add-hint = Ett ansvar som denna nod har
edit-add-task = lägg till en uppgift för { $name }
edit-head = byt chef för { $name }
edit-supervisor = byt förman för { $name }
serves-add = Betjäna en annan enhet…
edit-serves = ändra vilka { $name } betjänar
field-merge-into = Slå ihop med
edit-merge-into = slå ihop { $name } med { $keep }
edit-delete-many = ta bort { $count } noder
menu-theme = Tema
theme-system = Som systemet
theme-light = Ljust
theme-dark = Mörkt
member-role-of = Rollen för { $name } i gruppen
member-add = Sök en medlem att lägga till…
member-found = { $name } ({ $organisation })
member-none-found = Ingen hittades som kan gå med.
edit-members = ändra medlemmarna i { $name }
merge-not-one-value = inget enskilt värde löser den här konflikten
merge-gone = noden eller scenariot den gäller finns inte längre i planen
merge-does-not-fit = deras värde passar inte i fältet
merge-cycle = den andras överordnade enhet skulle göra noden till en del av sig själv

## The edit history
cmd-unknown-conflict = Det finns ingen sammanslagningskonflikt på plats { $at }.

## Serves notes: a team that serves (nearly) every unit beside it gets one note in its box
## instead of a dashed line to each unit (layout, chart legend and nested list)
chart-serves-all = Betjänar alla enheter
chart-serves-all-but = Betjänar alla enheter utom { $unit }
chart-serves-some = Betjänar { $served } av { $units } enheter
chart-serves-all-legend = Betjänar alla enheter: teamet betjänar varje enhet bredvid sig
chart-serves-list = betjänar: { $units }

# --- participation diff ---
## The changes to the scenario itself in a comparison: its participation record and its texts.
## A sentence never names who took part.
diff-participation-added = Delaktighet: { $event } tillagd.
diff-participation-removed = Delaktighet: { $event } borttagen.
diff-participation-changed = Delaktighet: { $event } ändrad ({ $parts }).
diff-participation-event = { $kind } den { $date }
diff-participation-event-undated = { $kind } utan datum
diff-participation-part-date = datum, förut: { $before }
diff-participation-part-participants = deltagare
diff-participation-part-summary = vad som sades
diff-participation-part-outcome = vad som ändrades på grund av det
diff-scenario-changed = { $field }: scenariot (förut: { $before }; nu: { $after }).

# --- plan details ---
## Planens egna uppgifter (namn, kontaktpersoner, valuta), redigerade i fönstret.
plan-details = Planen
plan-name = Planens namn ({ $lang })
plan-currency = Valuta
plan-currency-default = tomt: euro (EUR)
plan-invalid-currency = Skriv valutans kod med tre bokstäver, till exempel EUR eller SEK.
plan-contact = Kontaktperson { $at }
plan-contact-name = Namn
plan-contact-title = Titel ({ $lang })
plan-contact-phone = Telefon
plan-contact-email = E-post
plan-contact-new = Ny kontaktperson
plan-add-contact = Lägg till en kontaktperson
plan-remove-contact = Ta bort kontaktperson { $at }
edit-plan-details = planens uppgifter
cmd-plan-no-name = Planen behöver ett namn på minst ett språk.
cmd-contact-no-name = Kontaktperson { $at } behöver ett namn.
cmd-bad-currency = ”{ $code }” är ingen valutakod: skriv tre bokstäver, till exempel EUR eller SEK.

# --- responsible body ---
field-body = Ansvarig nämnd
show-body = ansvarig nämnd

# --- group term and decision ---
chart-term = Mandatperiod { $term }
term-from = från { $date }
term-until = till { $date }
field-meetings = Möten
chart-meetings = Möten: { $meetings }

# capacity measures and demand
cmd-bad-measure-key = ”{ $key }” kan inte vara ett måtts nyckel: använd bokstäver, siffror, _ eller -, utan mellanslag eller punkter.
cmd-duplicate-measure = Två mått har nyckeln ”{ $key }”.
field-forecast-year = { $measure }, prognos { $year }
demand-title = Efterfrågan mot kapacitet
demand-measure = Mått
demand-year = År
demand-over-title = Över kapacitet
demand-none-over = Ingen enhets efterfrågan överstiger dess kapacitet.
demand-over-line = { $scenario }: { $unit }, { $measure } { $year }: efterfrågan { $demand }, kapacitet { $capacity }
demand-unplaced-line = { $scenario }: efterfrågan i { $unit } ({ $measure } { $year }: { $demand }) tas inte över av någon enhet
network-count = { $count ->
    [one] ett nätverk av en organisation
   *[other] ett nätverk av { $count } organisationer
}
network-members = Nätverkets medlemmar
demand-caption = Efterfrågan mot kapacitet per enhet och år: efterfrågan / kapacitet (nyttjandegrad); ! markerar en enhet över kapacitet

# staff list import
staff-io = { $path }: kan inte läsas: { $reason }
staff-not-a-table = { $path } är ingen tabell som orgplan kan läsa: { $reason }
staff-no-sheet = { $path } har inget blad ”{ $sheet }”; dess blad: { $sheets }
staff-no-header = { $path }: ingen rubrikrad bland de första 30 raderna (en rad som namnger två eller fler kolumner)
staff-bad-mapping = Kolumnmappningen kan inte läsas: { $reason }
staff-no-column = Mappningen nämner kolumnen ”{ $column }”, som filen inte har.
staff-no-id-column = Ingen kolumn innehåller befattningarnas id (befattningsnummer): mappa en kolumn som id.
staff-row-missing-id = inget id
staff-row-bad-id = ”{ $id }” kan inte vara ett id (bokstäver, siffror, - _ . : och högst 64 tecken)
staff-row-duplicate-id = id { $id } finns också på { $first }
staff-row-not-a-number = ”{ $text }” är inget tal
staff-row-unknown-supervisor = ingen rad har chefens id { $id }
staff-row-supervisor-cycle = chefskedjan leder tillbaka till den här befattningen
staff-row-unknown-status = ”{ $text }” är ingen status (tillsatt, vakant, lämnas obesatt, indragen, vikarie)
staff-row-unknown-work = ”{ $text }” är varken kärnverksamhet eller administration
staff-to-be-placed = Att placera
staff-nothing-imported = Inget importerades: { $count } rader kan inte läsas (se ovan). Rätta dem, eller importera de andra med --skip-bad-rows.
staff-imported = Importerade { $posts } befattningar i { $units } enheter ({ $placed } att placera, { $bad } rader utelämnade) till { $path }.
staff-errors-column = orgplan: varför inte importerad
csv-unknown-work = ”{ $work }” är ingen arbetstyp: core (kärnverksamhet) eller administration.
csv-unknown-role = ”{ $role }” i member_of är ingen roll i en grupp: { $allowed }.
table-sheet = Organisation
# paijathame example
example-paijathame = Päijänne-Tavastland 2021: regionalt utvecklingsnätverk

# utbildningskontoret example
example-utbildningskontoret = Utbildningskontoret 2023: kapacitet och fritidsgårdar

# capacity window
show-capacity = kapacitet
plan-network = Planen gäller ett nätverk av organisationer
plan-network-hint = Dess rötter är organisationer som samarbetar (kommunerna i en region), inte delar av en organisation.
measures-title = Kapacitetsmått
measures-hint = Vad enheternas kapacitet och efterfrågan räknas i (elever, barn, avdelningar). Nyckeln är det som filen och en CSV-fils kolumn capacity.NYCKEL använder; den ändras inte efter att måttet lagts till.
measures-key = nyckel: { $key }
measures-remove = Ta bort måttet { $key }
measures-remove-hint = Tar bort måttet ur planens lista; enheterna behåller sina tal i det, benämnda med nyckeln.
measures-name = Namn
measures-unit = Räknar
measures-name-of = Namn på måttet { $key } ({ $lang })
measures-unit-of = Vad måttet { $key } räknar ({ $lang })
measures-new-key = Nytt måtts nyckel
measures-new-key-hint = t.ex. elever
measures-add = Lägg till mått
measures-bad-key = En nyckel är ett ord: bokstäver, siffror, _ eller -, utan mellanslag eller punkter.
measures-key-taken = Planen har redan ett mått ”{ $key }”.
capacity-no-measures = Inga kapacitetsmått: lägg till dem i planens uppgifter (välj ingenting i schemat).
capacity-of = Kapacitet, { $measure }
forecast-title = Prognos för efterfrågan
forecast-hint = Den efterfrågan som väntas varje år (barn eller elever, enligt befolkningsprognosen), ställd mot kapaciteten under Efterfrågan och kapacitet.
forecast-clear = Töm
forecast-clear-of = Töm { $what }
forecast-new-year = År att lägga till i prognosen för { $measure }
forecast-new-year-hint = Året efter det sista; skriv ett annat år för att lägga till det.
forecast-new-figure = { $measure }, prognos för året som läggs till
forecast-bad-year = Skriv året med fyra siffror, till exempel 2027.
forecast-add = nytt år
demand-toggle = Efterfrågan och kapacitet
demand-toggle-hint = Visar under schemat varje enhets prognostiserade efterfrågan mot dess kapacitet, år för år, och enheterna över kapacitet.
demand-panel-title = Efterfrågan mot kapacitet: { $scenario }
demand-against-baseline = Jämfört med { $baseline }: efterfrågan i en enhet som stängs eller försvinner går över till de enheter som ersätter den.
demand-empty = Ingen enhet har en prognos för efterfrågan. Välj en enhet och fyll i dess prognos i uppgifterna.
demand-demand = Efterfrågan
demand-capacity = Kapacitet
demand-utilisation = Använt
demand-over-legend = ! över kapacitet: efterfrågan överstiger enhetens kapacitet i det måttet och året
demand-no-capacity-legend = – ingen kapacitet angiven: enheten anger ingen i det måttet
demand-takes-over = tar över { $from }
demand-over-row = { $unit }, { $measure } { $year }: efterfrågan { $demand }, kapacitet { $capacity } ({ $over } över)
demand-unplaced-title = Efterfrågan som ingen enhet tar över
demand-unplaced-row = { $unit } (stängd), { $measure } { $year }: { $demand }

# staff list window
menu-import-staff = Importera personalförteckning…
menu-update-staff = Uppdatera från personalförteckning…
status-staff-imported = Personalförteckningen importerades som en ny plan (inte sparad än).
edit-staff-update = uppdatering från personalförteckningen
staff-import-title = Importera en personalförteckning
staff-update-title = Uppdatera planen från en personalförteckning
staff-carry = För också uppdateringarna till de andra scenarierna (krockar blir sammanslagningskonflikter)
staff-apply = Genomför uppdateringen
staff-import = Importera
staff-import-good = Importera de rader som kan läsas
staff-column-none = — ingen —
staff-preview = { $posts ->
    [one] 1 befattning
   *[other] { $posts } befattningar
} i { $units ->
    [one] 1 enhet
   *[other] { $units } enheter
}; { $placed } att placera; { $bad ->
    [one] 1 rad
   *[other] { $bad } rader
} kan inte läsas.
staff-more = … och { $count } till
staff-target-id = Befattningens id (befattningsnummer)
staff-target-title = Befattning
staff-target-title_sv = Befattning på svenska
staff-target-title_en = Befattning på engelska
staff-target-holder = Innehavare
staff-target-unit = Enhet (en sökväg A / B / C)
staff-target-supervisor = Chefens befattning
staff-target-fte = Årsarbetare (en andel)
staff-target-fte_percent = Sysselsättningsgrad (%)
staff-target-headcount = Antal personer
staff-target-monthly_cost = Månadskostnad eller månadslön
staff-target-annual_cost = Årskostnad
staff-target-cost_centre = Kostnadsställe
staff-target-work = Kärnverksamhet eller administration
staff-target-status = Status
table-changes-sheet = Ändringar
menu-table-xlsx = Scenariot som tabell (xlsx)…
menu-table-csv = Scenariot som tabell (CSV)…

# staff list: progress, sheet, options, row preview
progress-starting = Startar
progress-reading = Läser filen
progress-building = Skapar befattningar och enheter
progress-comparing = Jämför med den öppna planen
staff-reading-title = Läser personalförteckningen
staff-job-lost = Personalförteckningen kunde inte behandlas på grund av ett internt fel i orgplan; ingenting ändrades.
staff-row-too-many-cells = raden har { $cells } celler men rubrikraden { $columns } kolumner: innehåller ett namn avgränsaren utan citattecken?
staff-row-id-taken = id { $id } är redan en enhets id, skapat av enhetssökvägarna
staff-sheet = Blad
staff-separator = Avgränsare i enhetssökvägen
staff-months = Månader per år (månadskostnad × detta = årskostnad)
staff-capacity = Kapacitetsmått:
staff-capacity-entry = { $key } från { $column }
staff-capacity-remove = Sluta läsa måttet { $key }
staff-capacity-column = Nytt mått från kolumnen
staff-capacity-key = Måttets nyckel
staff-capacity-add = Läs som mått
staff-show-all = Alla rader
staff-show-problems = Endast rader med problem
staff-preview-row = Rad
staff-preview-fate = Blir
staff-fate-top = en befattning högst upp i organisationen
staff-fate-post = en befattning i { $unit }
staff-fate-to-be-placed = en befattning att placera (enheten är okänd)
staff-fate-bad = importeras inte: { $reasons }

# about
dialog-staff-lists = Personalförteckningar (Excel, CSV, text)
cli-man-failed = Manualsidorna kunde inte skrivas till { $path }: { $reason }
menu-about = Om orgplan
about-version = Version { $version }
about-what = Planerar omorganiseringen av en utbildningsförvaltning: scenarier, kontroller, diagram och nämndens underlag.
about-licence = Licens
about-fonts = Typsnitt
about-fonts-licence = Noto Sans, SIL Open Font License 1.1
about-recovery = Automatiskt sparade planer
about-settings = Inställningar
about-no-folder = (ingen på den här datorn)
