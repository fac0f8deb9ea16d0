## orgplan: English texts. Every key here must exist in fi/ and sv/ too (a test checks).

app-title = orgplan
baseline-name = Current organisation

## Node kinds, statuses, tags, roles

kind-organisation = organisation
kind-unit = unit
kind-team = team
kind-position = post
kind-group = group
status-filled = filled
status-vacant = vacant
status-left_unfilled = left unfilled
status-abolished = abolished
status-acting = acting
status-ceased = ceased
work-core = core work
work-administration = administration
role-member = member
role-chair = chair
role-vice_chair = vice chair
role-coordinator = coordinator
role-secretary = secretary
role-expert = expert
scenario-status-draft = draft
scenario-status-proposed = proposed
scenario-status-decided = decided
scenario-status-rejected = rejected

## Relations

relation-part_of = part of
relation-heads = heads
relation-reports_to = reports to
relation-serves = serves
relation-member_of = member of
relation-assistant_to = assistant to

## Refused edits

cmd-unknown-scenario = There is no scenario “{ $id }”.
cmd-unknown-node = There is no node “{ $id }”.
cmd-duplicate-node = A node “{ $id }” exists already.
cmd-unknown-task = There is no task “{ $id }”.
cmd-duplicate-task = A task “{ $id }” exists already.
cmd-has-parts = “{ $id }” still has { $count ->
    [one] one part
   *[other] { $count } parts
}: move or remove them first.
cmd-cycle = “{ $id }” cannot become part of “{ $parent }”, which is itself inside “{ $id }”.
cmd-invalid-relation = A { $from } cannot have the relation “{ $relation }” to a { $to }.
cmd-self-relation = “{ $id }” cannot be related to itself.
cmd-duplicate-relation = “{ $from }” already has the relation “{ $relation }” to “{ $to }”.
cmd-missing-relation = “{ $from }” has no relation “{ $relation }” to “{ $to }”.
cmd-still-replaced = “{ $id }” cannot be removed: “{ $by }” replaces it, and no other scenario holds it. Take it out of what “{ $by }” replaces first.
cmd-already-part = “{ $id }” is already part of “{ $parent }”: move it instead.
cmd-already-headed = “{ $id }” is already headed by “{ $head }”.
cmd-no-name = “{ $id }” needs a name or a title in at least one language.
cmd-bad-number = { $value } is not a valid figure: use a number that is zero or more.
cmd-bad-term = The term ends before it starts.
cmd-unrelated-edge = The relation “{ $relation }” from “{ $from }” to “{ $to }” does not involve the new node.

## Opening and saving files

load-io = cannot read the file: { $reason }
file-too-large = the file is { $size } MB; orgplan reads files of at most { $limit } MB
file-too-many-rows = the file has more than { $limit } rows; orgplan reads at most { $limit }
load-empty = the file is empty; expected a plan starting with “(”.
load-not-text = this is not a text file (not UTF-8); expected an orgplan plan file.
load-syntax = expected { $expected } (parser: { $detail })
load-future-version = the file is from a newer orgplan (format version { $found }; this version reads up to { $supported }). Update orgplan to open it.
load-bad-version = format version { $found } does not exist; expected 1.
load-no-scenarios = the plan has no scenarios; expected at least the baseline.
load-duplicate-scenario = two scenarios have the id “{ $id }”; expected each id once.
load-duplicate-id = scenario “{ $scenario }”: two nodes have the id “{ $id }”; expected each id once per scenario.
load-duplicate-task = scenario “{ $scenario }”: two tasks have the id “{ $id }”; expected each task id once per scenario.
load-missing-target = scenario “{ $scenario }”: node “{ $node }” has { $relation } “{ $target }”, but there is no such node; expected the id of an existing node.
load-invalid-relation = scenario “{ $scenario }”: { $reason }
load-no-name = scenario “{ $scenario }”: node “{ $node }” has neither a name nor a title; expected at least one.
load-bad-number = node “{ $node }”: { $field } must be a number that is zero or more.
save-failed = Could not save { $path }: { $reason }. The file on disk is as it was.

expected-more = more: the file ends too early (is it cut short?)
expected-structure = a structure in parentheses “( … )”
expected-structure-end = a closing parenthesis “)”
expected-text = a text in double quotes
expected-number = a number
expected-list = a list in brackets “[ … ]”
expected-list-end = a closing bracket “]”
expected-comma = a comma between items
expected-colon = a colon “:” after the field name
expected-known-field = one of the fields { $allowed }, not “{ $found }”
expected-field = the field “{ $field }”, which is missing
expected-field-once = the field “{ $field }” only once
expected-known-value = one of { $allowed }, not “{ $found }”
expected-type = { $expected }, not { $found }
expected-valid = a valid value
expected-end = nothing more after the plan
expected-ron = a valid plan file (RON)

## CSV import

csv-not-csv = not readable as CSV text: { $detail }
csv-missing-column = the header lacks the column “{ $column }”; expected id,parent,kind,name
csv-unknown-column = unknown column “{ $column }”; the columns are { $allowed }
csv-duplicate-column = the column “{ $column }” appears twice
csv-field-count = { $found } fields, but the header has { $expected }
csv-bad-id = “{ $id }” is not a valid id: use 1–64 letters, digits, “-”, “_”, “.” or “:”
csv-duplicate-id = the id “{ $id }” is already used on line { $line }
csv-unknown-kind = unknown kind “{ $kind }”; expected organisation, unit, team, position or group
csv-no-name = the name is empty
csv-bad-number = { $column } “{ $text }” is not a number that is zero or more
csv-unknown-status = unknown status “{ $status }”; expected one of { $allowed }
csv-unknown-target = { $column } “{ $id }” is not the id of any row
csv-not-a-position = only a position can have { $column }

## Problems found by the checks

problem-structure-cycle = Structure cycle: { $names } are part of each other.
problem-reporting-cycle = Reporting cycle: { $names } report to each other.
problem-no-head = { $first } has no head.
problem-unheld-head = { $first } is headed by { $second }, a post that is { $status }.
problem-two-supervisors = { $first } has two or more supervisors: { $others }.
problem-serves-ceased = { $first } serves { $second }, which has ceased.
problem-task-no-owner = The task “{ $task }” is held by { $first }, which is left unfilled or abolished: nobody owns it.
problem-group-expired = { $first } ended on { $end }, before the scenario takes effect.
problem-span-over-limit = { $first } supervises { $count } posts directly; the limit is { $limit }.
problem-orphan = { $first } is not part of any unit or organisation.

## Command line

cli-no-problems = { $file }, scenario “{ $scenario }”: no problems.
cli-problems = { $file }, scenario “{ $scenario }”: { $count ->
    [one] one problem
   *[other] { $count } problems
}
cli-written = Wrote { $path }.
cli-generated = Generated { $count } nodes into { $path }.
cli-generate-extension = Cannot tell what to write into { $path }: name a .csv file or a plan (.orgplan, .ron).
cli-imported = Imported { $count } nodes into { $path }.
cli-exported = Wrote { $count ->
    [one] { $path }
   *[other] { $count } pages, the first { $path }
}.
cli-unknown-example = Unknown example “{ $name }”; choose one of { $allowed }.
cli-unknown-scenario = There is no scenario “{ $name }”; the scenarios are { $allowed }.
cli-window-failed = Could not open the window: { $reason }

## Window

menu-file = File
menu-export = Export
menu-export-compare-first = Compare two scenarios first (Compare with, at the top).
menu-open = Open…
menu-open-path = Open by path…
menu-save = Save
menu-save-as = Save as…
menu-save-as-path = Save as by path…
menu-export-pdf = Export chart as PDF…
menu-export-png = Export chart as PNG…
menu-export-svg = Export chart as SVG…
menu-export-paper = Paper:
menu-export-redact = Leave out personal data (for publishing)
paper-a4 = A4
paper-a3 = A3
paper-fit = To fit
menu-examples = Examples
menu-quit = Quit
menu-language = Language
example-kouvola = Kouvola 2023: reorganisation
example-manttavilppula = Mänttä-Vilppula 2023: working group
label-scenario = Scenario
panel-outline = Organisation
panel-details = Details
panel-problems = Problems ({ $count })
problems-none = No problems found.
problems-conflict = Merge conflict: { $text }
problems-resolve = Resolved
problems-resolve-hint = Close the conflict with the value the plan holds now (mine).
problems-take-theirs = Take theirs
problems-take-theirs-hint = Set the field to the other planner's value and close the conflict.
problems-take-theirs-failed = Their value for { $field } was not taken: { $reason }
details-none = Select a unit, team, post or group in the organisation to see its details.
outline-groups = Groups
path-open-title = Open a plan file
path-save-title = Save the plan as
path-label = Path of the file
button-open = Open
button-save = Save
button-cancel = Cancel
status-opened = Opened { $path }.
status-saved = Saved { $path }.
status-example = Opened the example “{ $name }”.
unsaved-mark = unsaved changes

## Details of a node

field-id = Id
field-kind = Kind
field-name = Name
field-short-name = Short name
field-title = Title
field-holder = Holder
field-status = Status
field-fte = FTE
field-headcount = Headcount
field-cost = Annual cost
field-capacity = Capacity
field-work = Work
field-cost-centre = Cost centre
field-notes = Notes
field-term = Term
field-decision = Decision
field-tasks = Tasks
field-part-of = Part of
field-heads = Heads
field-led-by = Led by
field-supervisor = Supervisor
supervisor-stated = stated
supervisor-derived = derived
field-serves = Serves
field-served-by = Served by
field-members = Members
field-member-of = Member of
field-assistant-to = Assistant to
field-replaces = Replaces
field-effective = Takes effect
field-rationale = Rationale
field-contacts = Contact persons
decision-body = Body
decision-date = Meeting
decision-section = §
decision-record = Record number
decision-presenter = Presenter
decision-proposal = Proposal
decision-text = Decision
value-none = none

## Charts

chart-collapsed = +{ $count } inside
chart-member = { $role }: { $name }
chart-fte = { $fte } FTE
chart-effective = Takes effect { $date }
chart-decision = Decision: { $decision }
chart-serves = serves (dotted line)
chart-compared = changes from { $before }
mark-added = new
mark-removed = removed
mark-moved = moved
mark-renamed = renamed
mark-merged = merged
mark-split = from a split
mark-replaced = replaces
mark-kind_changed = kind changed
mark-new_head = new head
mark-new_supervisor = new supervisor
mark-status_changed = status changed

## The comparison view: tabs, direction, filters, legend and the figures table.
compare-tab-changes = Changes
compare-tab-figures = Figures
compare-swap = Swap direction
compare-swap-hint = Read the comparison the other way round. It always starts from the earlier scenario (the baseline first).
compare-marked = Marked chart
compare-side-by-side = Side by side
compare-shown = { $shown } of { $all } changes shown
compare-filter-all = All
compare-filter-group = Group
compare-filter-type = Type
compare-side-earlier = Before: { $name }
compare-side-later = After: { $name }
compare-legend = Marks:
change-type-node_added = Added
change-type-node_removed = Removed
change-type-renamed = Renamed
change-type-kind_changed = Kind changed
change-type-moved = Moved
change-type-merged = Merged
change-type-split = Split
change-type-replaced = Replaced
change-type-head_changed = Head changed
change-type-supervisor_changed = Supervisor changed
change-type-vacancy_changed = Status changed
change-type-serves_added = Starts serving
change-type-serves_removed = Stops serving
change-type-membership_changed = Group membership
change-type-task_moved = Task moved
change-type-task_orphaned = Task without an owner
change-type-task_added = New task
change-type-figure_changed = Figure changed
change-type-details_changed = Other details
figures-copy = Copy as text
figures-save-xlsx = Save as xlsx…
figures-save-csv = Save as CSV…
figures-sort-hint = Sort the units by this column (click again to reverse, a third time to restore the structure's order)
figures-unit-figure = Units show
figures-units = Units
status-figures-copied = The figures were copied as tab-separated text: paste them into a spreadsheet.

## The committee pack.
pack-title = { $plan }: { $scenario }
pack-proposal = Proposal: “{ $after }”, compared with “{ $before }”.
pack-scenario = Proposal
pack-contact = Contact person
pack-made = Pack made
pack-summary = Summary
pack-changes-by-group = Changes by group
pack-group = Group
pack-count = Changes
pack-changes-total = All changes
pack-headline = Headline figures
pack-change = Change
pack-before = Before: { $name }
pack-after = After: { $name }, with the changes marked
pack-chart-alt = Organisation chart of “{ $name }”, { $boxes } boxes. Its content follows as a nested list.
pack-chart-list = The chart's content as a list
pack-changes = Changes
pack-figures = Figures
pack-figures-whole = The whole organisation
pack-figures-units = Per unit
pack-attention = needs attention
pack-problems = Problems still open
pack-no-problems = The checks find no problems in the proposal.
pack-no-language = Name at least one language for the pack (fi, sv or en).
menu-export-pack = Committee pack (HTML)…
menu-export-pack-pdf = Committee pack (PDF)…
menu-export-pack-docx = Committee pack (Word)…
pack-participation = Participation
event-workshop = Workshop
event-survey = Survey
event-hearing = Hearing
event-co_operation = Co-operation negotiation
event-statement = Statement
event-participants = Who took part
event-summary = What was said
event-outcome = What changed because of it
event-kind = Kind
event-date = Date
event-add = Add an event
event-remove = Remove the event
edit-participation = Change the participation record of “{ $name }”
pack-class-public = Public
pack-class-internal = For internal use: contains personal data
cli-pack-written = Wrote the committee pack to { $path }.
cli-bad-date = “{ $text }” is not a date of the form YYYY-MM-DD.
cli-no-today = The system clock gives no date: name the day with --date YYYY-MM-DD.
chart-page = Page { $page }/{ $pages }
chart-page-alone = Page { $page }
# Beside a line that runs off a page: the page it goes on to.
chart-continues = p. { $page }
pdf-list-title = The organisation as a list
pdf-figure-alt = Organisation chart: { $title }, { $subtitle }; page { $page } of { $pages } of the chart, { $count } boxes in all. The same content follows as a list.

## Arranging a chart to fit its paper

chart-arranged = Arranged to fit the paper: { $how }.
chart-arranged-stacked = posts stacked at most { $rows } high
chart-arranged-bands = rows of more than { $most } parts wrapped into bands
chart-arranged-left-right = the chart grows left to right
chart-arranged-tight = less room between the boxes
chart-arranged-lists = posts listed under their teams in small type
chart-arranged-hung = teams hung one under another in columns under their unit
chart-arranged-groups-under = the groups under a group set in a row under the organisation



## Comparing scenarios
list-and = { $first } and { $last }
field-role = Role
diff-title = Changes from “{ $from }” to “{ $to }”
diff-none = No changes.
diff-group-structure = Structure
diff-group-management = Management
diff-group-posts = Posts
diff-group-tasks = Tasks
diff-group-figures = Figures
diff-group-details = Other changes
diff-node_added = Added: { $name } ({ $kind }; part of: { $parent }).
diff-node_added-top = Added: { $name } ({ $kind }).
diff-node_removed = Removed: { $name } ({ $kind }; was part of: { $parent }).
diff-node_removed-top = Removed: { $name } ({ $kind }).
diff-renamed = Renamed: { $after } (before: { $before }).
diff-renamed-title = Title changes: { $after } (before: { $before }).
diff-kind_changed = Kind changes: { $name } (before: { $before }; now: { $after }).
diff-moved = Moves: { $name } (before: { $before }; now: { $after }).
diff-merged = Merged: { $name } (before: { $before }).
diff-split = Split: { $name } (now: { $after }).
diff-replaced = Replaced: { $name } (before: { $before }).
diff-inferred = (inferred from where the tasks went)
diff-serves_added = Starts serving: { $name } (units: { $after }).
diff-serves_removed = Stops serving: { $name } (units: { $before }).
diff-head_changed = Head changes: { $name } (before: { $before }; now: { $after }).
diff-supervisor_changed = Supervisor changes: { $name } (before: { $before }; now: { $after }).
diff-membership-joins = Joins a group: { $name } (group: { $group }; role: { $role }).
diff-membership-leaves = Leaves a group: { $name } (group: { $group }; role: { $role }).
diff-membership-role = Role changes: { $name }, group { $group } (before: { $before }; now: { $after }).
diff-vacancy_changed = Status changes: { $name } (before: { $before }; now: { $after }).
diff-task_moved = Task moves: “{ $task }” (before: { $before }; now: { $after }).
diff-task_orphaned = Task left without an owner: “{ $task }” (before: { $before }; now: { $after }).
diff-task_added = New task: “{ $task }” ({ $after }).
diff-figure_changed = { $figure }: { $name } (before: { $before }; now: { $after }).
stats-figure = Figure
stats-units = Units
stats-teams = Teams
stats-groups = Groups
stats-positions = Posts
stats-filled = Filled posts
stats-vacant = Vacant posts
stats-left-unfilled = Posts left unfilled
stats-layers = Layers of management
stats-supervisors = Supervisors
stats-span-mean = Span of control, mean
stats-span-median = Span of control, median
stats-span-max = Span of control, largest
stats-span-over-limit = Supervisors over the span limit
stats-cost-rest-of-year = Cost for the rest of the year
stats-admin-fte-share = Administration, share of FTE
stats-admin-cost-share = Administration, share of cost
stats-points = pp
stats-per-unit = Per unit
stats-per-unit-sheet = Per unit
stats-tasks-without-owner = Tasks without an owner
stats-unit-figures = Unit: posts / FTE / cost / layers / largest span

## The staff impact list
value-yes = yes
value-no = no
impact-confidential = CONFIDENTIAL: staff impact list for the co-operation procedure with personnel
impact-title = Staff impact from “{ $from }” to “{ $to }”
impact-none = No post in either organisation has a holder.
impact-unchanged = no change
impact-unit = Unit
impact-post-removed = post removed
impact-tasks-gained = Takes on
impact-tasks-lost = Gives up
impact-sheet = Staff impact
impact-col-classification = Classification
impact-col-holder = Holder
impact-col-post = Post id
impact-col-title-before = Title before
impact-col-title-after = Title after
impact-col-unit-before = Unit before
impact-col-unit-after = Unit after
impact-col-supervisor-before = Supervisor before
impact-col-supervisor-after = Supervisor after
impact-col-status-before = Status before
impact-col-status-after = Status after
impact-col-fte-before = FTE before
impact-col-fte-after = FTE after
impact-col-tasks-gained = Tasks taken on
impact-col-tasks-lost = Tasks given up
impact-col-changed = Changes
cli-impact-redact = The staff impact list names people and is confidential: it cannot be made redacted.
cli-xlsx-needs-output = A spreadsheet cannot be written to the terminal: name a file with -o.

## Merging
cli-merged = Merged without conflicts.
cli-merge-conflicts = { $count ->
    [one] Merged with one conflict to resolve; the merged plan keeps my value and records the conflict:
   *[other] Merged with { $count } conflicts to resolve; the merged plan keeps my values and records the conflicts:
}
cli-merge-failed = The two versions cannot be merged into a valid plan: { $reason }
merge-conflict = { $place }: base { $base }, mine { $mine }, theirs { $theirs }
cli-open-conflicts = { $count ->
    [one] One merge conflict to resolve:
   *[other] { $count } merge conflicts to resolve:
}
diff-renamed-task = Task renamed: “{ $after }” (before: “{ $before }”).
label-compare-with = Compare with
compare-none = (no comparison)
button-close-compare = Close the comparison
panel-figures = Figures
impact-changed = { $after } (before: { $before })
button-save-change-list = Save the change list (without personal data)…
button-save-impact-list = Save the staff impact list (confidential)…
impact-post-new = new post
impact-col-holder-before = Holder before
impact-col-holder-after = Holder after
menu-edit = Edit
menu-undo = Undo
menu-redo = Redo
menu-undo-named = Undo: { $edit }
menu-redo-named = Redo: { $edit }
edit-rename = rename { $name }
label-rename = Name ({ $lang })
label-rename-title = Title ({ $lang })
button-discard = Discard
unsaved-title = Unsaved changes
unsaved-text = The plan has changes that are not saved. Save them first?
label-add-part = Add a part
add-choose = choose…
label-move-under = Move under
button-delete = Delete with its parts
button-delete-keep-parts = Delete, keep its parts
new-unit = New unit
new-team = New team
new-position = New post
new-group = New group
edit-add = add { $kind } under { $name }
edit-move = move { $name }
edit-status = status of { $name }
edit-delete = delete { $name }
status-active = active
menu-help = Help
menu-shortcuts = Keyboard shortcuts
shortcut-undo = Undo the last edit
shortcut-redo = Redo
shortcut-save = Save
shortcut-save-as = Save as
shortcut-open = Open a plan
shortcut-up-down = Select the node above or below in the organisation
shortcut-left-right = Select the parent, or the first part
shortcut-rename = Rename the selected node
shortcut-enter = In the name field: rename
shortcut-delete = Delete the selected node with its parts
shortcut-tab = Move the keyboard focus to the next field
key-up-down = Arrow up / down
key-left-right = Arrow left / right
key-f2-enter = F2 or Enter
key-enter = Enter
key-delete = Delete
key-tab = Tab
error-export = The chart could not be drawn: { $reason }
error-spreadsheet = The spreadsheet could not be made: { $reason }
error-report = The report could not be made: { $reason }
data-folder-not-private = Could not make { $path } readable by you alone: { $reason }
label-search = Search
search-hint = name, title, holder or id
search-count = { $count ->
    [0] No matches.
    [one] One match; Enter selects it.
   *[other] { $count } matches; Enter selects the first.
}
shortcut-search = Search the organisation
panel-chart = Chart
menu-new = New plan
status-new = Started a new plan.
new-plan = New plan
new-baseline = Current organisation
new-organisation = New organisation
edit-move-under = move { $name } under { $parent }
edit-move-many = move { $count } nodes under { $parent }
edit-collapse = collapse { $name }
edit-expand = open { $name }
edit-open-to = open the chart down to { $name }
edit-show = show { $field } in { $name }
canvas-drop-here = Move under { $name }
canvas-add-part = Add a { $kind } under this
canvas-add-sibling = Add beside this
canvas-collapse = Collapse the parts into one box
canvas-expand = Open the parts
canvas-zoom-selection = Zoom to this
view-fit = Fit
view-actual = 100 %
view-zoom-out = Smaller
view-zoom-in = Larger
view-zoom-selection = Zoom to selection
view-zoom = Zoom { $percent } %
view-show = Boxes show
show-title = title
show-holder = holder
show-fte = FTE
show-cost = cost
show-work = core/administration
shortcut-new = Start a new plan
shortcut-fit = Fit the chart to the window
shortcut-zoom = Zoom the chart in or out
shortcut-add-part = Add a part under the selected node
shortcut-add-sibling = Add a node beside the selected one
key-insert = Insert or Ctrl+Enter
key-zoom = Ctrl+plus / Ctrl+minus
shortcut-chart-mouse = On the chart: drag to pan, Ctrl+wheel to zoom, Shift+drag to select several, drag a box onto another to move it, double-click to collapse
key-mouse = Mouse
cmd-duplicate-scenario = A scenario “{ $id }” exists already.
cmd-baseline = The baseline stays first and cannot be deleted.
cmd-plan-edit-in-batch = A scenario can only be added or deleted on its own, not as part of another edit.
scenario-copy-name = { $name } (copy)
panel-scenario = Scenario
button-new-scenario = New scenario
button-new-scenario-hint = A copy of the shown scenario, to reshape as an alternative
button-delete-scenario = Delete scenario
edit-new-scenario = new scenario from { $name }
edit-delete-scenario = delete scenario { $name }
edit-scenario-meta = details of { $name }
delete-scenario-title = Delete the scenario?
delete-scenario-text = “{ $name }” and its organisation are deleted from the plan. Undo brings them back until the window is closed.
invalid-date = Write the date as 2026-08-01 or 1.8.2026.
age-now = just now
age-minutes = { $count ->
    [one] 1 minute ago
   *[other] { $count } minutes ago
}
age-hours = { $count ->
    [one] 1 hour ago
   *[other] { $count } hours ago
}
age-days = { $count ->
    [one] 1 day ago
   *[other] { $count } days ago
}
autosave-failed = Autosave failed: { $reason }
recovery-title = Restore unsaved work?
recovery-text = orgplan did not close properly. It had autosaved unsaved work { $when } (file: { $file }). Restore it?
recovery-no-file = not yet saved to a file
recovery-restored = Restored the unsaved work. Save it to keep it.
button-restore = Restore
button-later = Later
menu-recent = Recent files
show-compact = stack long rows of posts in columns
show-fit-to-paper = arrange to fit the export paper
show-fit-to-paper-hint = As the exports arrange it for the paper chosen under Export: long rows in bands, posts in taller stacks, or left to right, whichever prints the largest text on one page. The exports from the window follow.
view-printed = { $paper }: { $pages ->
    [one] one page
   *[other] { $pages } pages
}, smallest text { $size } pt
view-printed-as-is = The chart as it is: no arrangement tried prints it on fewer pages or clearly larger.
disk-changed = { $file } changed on disk: another planner may have saved it.
button-reload = Reload their version
button-merge = Merge both
button-keep-mine = Keep mine
button-overwrite = Overwrite
edit-reload = reload { $file } from disk
edit-merge = merge with { $file } on disk
edit-resolve-conflict = resolve the conflict in { $field }
edit-take-theirs = take their value of { $field }
status-reloaded = Reloaded the version on disk. Undo brings yours back.
status-merged = { $count ->
    [0] Merged with the version on disk, without conflicts. Save to keep the result.
    [one] Merged with the version on disk: one conflict to resolve (orgplan check lists it). Save to keep the result.
   *[other] Merged with the version on disk: { $count } conflicts to resolve (orgplan check lists them). Save to keep the result.
}
overwrite-title = The file changed on disk
overwrite-text = Someone saved this file after you opened it. Overwrite their version, merge the two first, or cancel?
invalid-number = Write a number, for example 1,5 or 1.5.
edit-field = edit { $name }
edit-kind = change the kind of { $name }
invalid-count = A headcount is a whole number, 0 or more.
term-start = Term starts
term-end = Term ends
task-move = Move to…
task-move-to = Give “{ $task }” to another owner
button-remove = Remove
edit-move-task = give “{ $task }” to { $name }
edit-remove-task = remove a task of { $name }
task-add = New task: type its name and press Enter
task-add-hint = A responsibility this node holds
edit-add-task = add a task to { $name }
edit-head = change the head of { $name }
edit-supervisor = change the supervisor of { $name }
serves-add = Serve another unit…
edit-serves = change whom { $name } serves
field-merge-into = Merge into
edit-merge-into = merge { $name } into { $keep }
edit-delete-many = delete { $count } nodes
menu-theme = Theme
theme-system = As the system
theme-light = Light
theme-dark = Dark
member-role-of = The role of { $name } in the group
member-add = Search for a member to add…
member-found = { $name } ({ $organisation })
member-none-found = No one found who could join.
edit-members = change the members of { $name }
merge-not-one-value = no single value settles this conflict
merge-gone = the node or scenario it is about is no longer in the plan
merge-does-not-fit = their value does not fit the field
merge-cycle = their parent would make the node part of itself

## The edit history
cmd-unknown-conflict = No merge conflict is listed at place { $at }.

## Serves notes: a team that serves (nearly) every unit beside it gets one note in its box
## instead of a dashed line to each unit (layout, chart legend and nested list)
chart-serves-all = Serves all units
chart-serves-all-but = Serves all units but { $unit }
chart-serves-some = Serves { $served } of { $units } units
chart-serves-all-legend = Serves all units: the team serves every unit beside it
chart-serves-list = serves: { $units }

# --- participation diff ---
## The changes to the scenario itself in a comparison: its participation record and its texts.
## A sentence never names who took part.
diff-participation-added = Participation: { $event } added.
diff-participation-removed = Participation: { $event } removed.
diff-participation-changed = Participation: { $event } changed ({ $parts }).
diff-participation-event = { $kind } of { $date }
diff-participation-event-undated = { $kind } without a date
diff-participation-part-date = date, before: { $before }
diff-participation-part-participants = who took part
diff-participation-part-summary = what was said
diff-participation-part-outcome = what changed because of it
diff-scenario-changed = { $field }: the scenario (before: { $before }; now: { $after }).

# --- plan details ---
## The plan's own details (name, contact persons, currency), edited in the window.
plan-details = The plan
plan-name = Plan name ({ $lang })
plan-currency = Currency
plan-currency-default = empty: euro (EUR)
plan-invalid-currency = Write the currency's three-letter code, for example EUR or SEK.
plan-contact = Contact person { $at }
plan-contact-name = Name
plan-contact-title = Title ({ $lang })
plan-contact-phone = Phone
plan-contact-email = E-mail
plan-contact-new = New contact person
plan-add-contact = Add a contact person
plan-remove-contact = Remove contact person { $at }
edit-plan-details = the plan's details
cmd-plan-no-name = The plan needs a name in at least one language.
cmd-contact-no-name = Contact person { $at } needs a name.
cmd-bad-currency = "{ $code }" is not a currency code: write three letters, for example EUR or SEK.

# --- responsible body ---
field-body = Responsible body
show-body = responsible body

# --- group term and decision ---
chart-term = Term { $term }
term-from = from { $date }
term-until = until { $date }
field-meetings = Meetings
chart-meetings = Meetings: { $meetings }

# capacity measures and demand
cmd-bad-measure-key = "{ $key }" cannot be a measure's key: use letters, digits, _ or -, without spaces or dots.
cmd-duplicate-measure = Two measures have the key "{ $key }".
field-forecast-year = { $measure }, forecast { $year }
demand-title = Demand against capacity
demand-measure = Measure
demand-year = Year
demand-over-title = Over capacity
demand-none-over = No unit's demand exceeds its capacity.
demand-over-line = { $scenario }: { $unit }, { $measure } { $year }: demand { $demand }, capacity { $capacity }
demand-unplaced-line = { $scenario }: the demand of { $unit }, { $measure } { $year } ({ $demand }) is taken over by no unit
network-count = { $count ->
    [one] a network of one organisation
   *[other] a network of { $count } organisations
}
network-members = Members of the network
demand-caption = Demand against capacity per unit and year: demand / capacity (utilisation); ! marks a unit over capacity

# staff list import
staff-io = { $path }: cannot be read: { $reason }
staff-not-a-table = { $path } is not a table orgplan can read: { $reason }
staff-no-sheet = { $path } has no sheet "{ $sheet }"; its sheets: { $sheets }
staff-no-header = { $path }: no header row in its first 30 rows (a row naming two or more columns)
staff-bad-mapping = The column mapping cannot be read: { $reason }
staff-no-column = The mapping names the column "{ $column }", which the file does not have.
staff-no-id-column = No column holds the posts' ids (vacancy numbers): map one in the mapping's columns as id.
staff-row-missing-id = no id
staff-row-bad-id = "{ $id }" cannot be an id (letters, digits, - _ . : and at most 64 of them)
staff-row-duplicate-id = the id { $id } is also at { $first }
staff-row-not-a-number = "{ $text }" is not a number
staff-row-unknown-supervisor = no row has the supervisor's id { $id }
staff-row-supervisor-cycle = the supervisors lead back to this post
staff-row-unknown-status = "{ $text }" is not a status (filled, vacant, left unfilled, abolished, acting)
staff-row-unknown-work = "{ $text }" is neither core work nor administration
staff-to-be-placed = To be placed
staff-nothing-imported = Nothing was imported: { $count } rows cannot be read (see above). Correct them, or import the others with --skip-bad-rows.
staff-imported = Imported { $posts } posts in { $units } units ({ $placed } to be placed, { $bad } rows left out) to { $path }.
staff-errors-column = orgplan: why not imported
csv-unknown-work = "{ $work }" is not a work tag: core or administration.
csv-unknown-role = "{ $role }" in member_of is not a role in a group: { $allowed }.
table-sheet = Organisation
# paijathame example
example-paijathame = Päijät-Häme 2021: regional development network

# utbildningskontoret example
example-utbildningskontoret = Education office 2023 (Sweden): capacity and youth centres

# capacity window
show-capacity = capacity
plan-network = The plan is a network of organisations
plan-network-hint = Its roots are organisations working together (municipalities of a region), not parts of one organisation.
measures-title = Capacity measures
measures-hint = What units' capacity and demand are counted in (pupils, children, departments). The key is what the file and a CSV's capacity.KEY column use; it stays once added.
measures-key = key: { $key }
measures-remove = Remove measure { $key }
measures-remove-hint = Takes the measure off the plan's list; units keep their figures in it, named by the key.
measures-name = Name
measures-unit = Counts
measures-name-of = Name of measure { $key } ({ $lang })
measures-unit-of = What measure { $key } counts ({ $lang })
measures-new-key = New measure's key
measures-new-key-hint = e.g. pupils
measures-add = Add measure
measures-bad-key = A key is one word: letters, digits, _ or -, without spaces or dots.
measures-key-taken = The plan has a measure “{ $key }” already.
capacity-no-measures = No capacity measures: add them in the plan's details (select nothing on the chart).
capacity-of = Capacity, { $measure }
forecast-title = Demand forecast
forecast-hint = The demand expected each year (children or pupils, as a demography forecast gives them), set against the capacity under Demand and capacity.
forecast-clear = Clear
forecast-clear-of = Clear { $what }
forecast-new-year = Year to add to the forecast of { $measure }
forecast-new-year-hint = The year after the last; type another to add that one.
forecast-new-figure = { $measure }, forecast for the year to add
forecast-bad-year = Write the year with four digits, for example 2027.
forecast-add = add a year
demand-toggle = Demand and capacity
demand-toggle-hint = Shows under the chart each unit's forecast demand against its capacity, year by year, and the units over capacity.
demand-panel-title = Demand against capacity: { $scenario }
demand-against-baseline = Read against { $baseline }: the demand of a unit closed or gone passes to the units that replace it.
demand-empty = No unit has a demand forecast. Select a unit and fill in its demand forecast in the details.
demand-demand = Demand
demand-capacity = Capacity
demand-utilisation = Used
demand-over-legend = ! over capacity: the demand exceeds the unit's capacity in that measure and year
demand-no-capacity-legend = – no capacity given: the unit states none in that measure
demand-takes-over = takes over { $from }
demand-over-row = { $unit }, { $measure } { $year }: demand { $demand }, capacity { $capacity } ({ $over } over)
demand-unplaced-title = Demand no unit takes over
demand-unplaced-row = { $unit } (closed), { $measure } { $year }: { $demand }

# staff list window
menu-import-staff = Import staff list…
menu-update-staff = Update from staff list…
status-staff-imported = Imported the staff list as a new plan (not saved yet).
edit-staff-update = update from the staff list
staff-import-title = Import a staff list
staff-update-title = Update the plan from a staff list
staff-carry = Also carry the updates into the other scenarios (clashes become merge conflicts)
staff-apply = Apply the update
staff-import = Import
staff-import-good = Import the rows that can be read
staff-column-none = — none —
staff-preview = { $posts ->
    [one] 1 post
   *[other] { $posts } posts
} in { $units ->
    [one] 1 unit
   *[other] { $units } units
}; { $placed } to be placed; { $bad ->
    [one] 1 row cannot
   *[other] { $bad } rows cannot
} be read.
staff-more = … and { $count } more
staff-target-id = Post id (vacancy number)
staff-target-title = Title
staff-target-title_sv = Title in Swedish
staff-target-title_en = Title in English
staff-target-holder = Holder
staff-target-unit = Unit (a path A / B / C)
staff-target-supervisor = Supervisor's post id
staff-target-fte = FTE (a fraction)
staff-target-fte_percent = Working time (%)
staff-target-headcount = Headcount
staff-target-monthly_cost = Monthly cost or salary
staff-target-annual_cost = Annual cost
staff-target-cost_centre = Cost centre
staff-target-work = Core or administration
staff-target-status = Status
table-changes-sheet = Changes
menu-table-xlsx = The scenario as a table (xlsx)…
menu-table-csv = The scenario as a table (CSV)…

# staff list: progress, sheet, options, row preview
progress-starting = Starting
progress-reading = Reading the file
progress-building = Making posts and units
progress-comparing = Comparing with the open plan
staff-reading-title = Reading the staff list
staff-job-lost = The staff list could not be processed because of an internal error in orgplan; nothing was changed.
staff-row-too-many-cells = the row has { $cells } cells but the header { $columns } columns: does a name hold the separator without quotes?
staff-row-id-taken = the id { $id } is already a unit's id, made from the unit paths
staff-sheet = Sheet
staff-separator = Unit path separator
staff-months = Months a year (monthly cost × this = annual cost)
staff-capacity = Capacity measures:
staff-capacity-entry = { $key } from { $column }
staff-capacity-remove = Stop reading the measure { $key }
staff-capacity-column = New measure from the column
staff-capacity-key = Measure key
staff-capacity-add = Read as a measure
staff-show-all = All rows
staff-show-problems = Only rows with problems
staff-preview-row = Row
staff-preview-fate = Becomes
staff-fate-top = a post at the top of the organisation
staff-fate-post = a post in { $unit }
staff-fate-to-be-placed = a post to be placed (its unit is unknown)
staff-fate-bad = not imported: { $reasons }

# about
dialog-staff-lists = Staff lists (Excel, CSV, text)
cli-man-failed = Could not write the manual pages to { $path }: { $reason }
menu-about = About orgplan
about-version = Version { $version }
about-what = Plans the restructuring of an education administration: scenarios, checks, charts and the committee pack.
about-licence = Licence
about-fonts = Fonts
about-fonts-licence = Noto Sans, SIL Open Font License 1.1
about-recovery = Autosaved plans
about-settings = Settings
about-no-folder = (none on this computer)
