//! The keyboard shortcuts, in one table that the key handler, the help window and the menus all
//! read: what each command's keys are, how the help names it, and the action it makes.

use egui::{Key, KeyboardShortcut, Modifiers, RichText};

use super::actions::{AppAction, ViewCommand};
use crate::i18n::{Lang, tr};
use crate::model::compose::Toward;

/// A command the keyboard gives, or (the last rows of the help) what egui and the chart do
/// with keys and the mouse themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyCommand {
    /// Start a new plan.
    NewPlan,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Save.
    Save,
    /// Save as.
    SaveAs,
    /// Open a plan.
    Open,
    /// Put the keyboard in the search field.
    Search,
    /// Fit the chart to the window.
    Fit,
    /// Magnify the chart.
    ZoomIn,
    /// Reduce the chart.
    ZoomOut,
    /// Add a part under the selected node.
    AddPart,
    /// Add a node beside the selected one.
    AddSibling,
    /// Select the next node in the outline.
    SelectNext,
    /// Select the node before it in the outline.
    SelectPrevious,
    /// Select the parent.
    SelectParent,
    /// Select the first part.
    SelectFirstPart,
    /// Put the keyboard in the selected node's name field.
    Rename,
    /// Enter in the name field renames (the field's own key; listed in the help only).
    NameFieldEnter,
    /// Delete the selected nodes with their parts.
    Delete,
    /// Tab moves the focus (egui's own key; listed in the help only).
    NextField,
    /// What the mouse does on the chart (listed in the help only).
    ChartMouse,
}

/// How the help window writes a command's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpKeys {
    /// Each key combination with a modifier on its own row, as the system writes it.
    Each,
    /// One row, in words from the catalogue.
    Words(&'static str),
    /// No row of its own: the row of the command before it says it too.
    Shared,
}

const fn command(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn command_shift(key: Key) -> KeyboardShortcut {
    let modifiers = Modifiers {
        shift: true,
        ..Modifiers::COMMAND
    };
    KeyboardShortcut::new(modifiers, key)
}

/// A key alone: it acts outside text fields, whatever modifiers are held.
const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

fn is_plain(shortcut: &KeyboardShortcut) -> bool {
    shortcut.modifiers.is_none()
}

impl KeyCommand {
    /// Every command, in the order the help window lists them.
    pub const ALL: [KeyCommand; 21] = [
        KeyCommand::NewPlan,
        KeyCommand::Undo,
        KeyCommand::Redo,
        KeyCommand::Save,
        KeyCommand::SaveAs,
        KeyCommand::Open,
        KeyCommand::Search,
        KeyCommand::Fit,
        KeyCommand::ZoomIn,
        KeyCommand::ZoomOut,
        KeyCommand::AddPart,
        KeyCommand::AddSibling,
        KeyCommand::SelectNext,
        KeyCommand::SelectPrevious,
        KeyCommand::SelectParent,
        KeyCommand::SelectFirstPart,
        KeyCommand::Rename,
        KeyCommand::NameFieldEnter,
        KeyCommand::Delete,
        KeyCommand::NextField,
        KeyCommand::ChartMouse,
    ];

    /// The keys that give the command, the one menus show first. Keys with Ctrl (⌘ on a Mac)
    /// act wherever the focus is; a key alone acts only outside text fields.
    #[must_use]
    pub fn keys(self) -> &'static [KeyboardShortcut] {
        match self {
            KeyCommand::NewPlan => const { &[command(Key::N)] },
            KeyCommand::Undo => const { &[command(Key::Z)] },
            KeyCommand::Redo => const { &[command_shift(Key::Z), command(Key::Y)] },
            KeyCommand::Save => const { &[command(Key::S)] },
            KeyCommand::SaveAs => const { &[command_shift(Key::S)] },
            KeyCommand::Open => const { &[command(Key::O)] },
            KeyCommand::Search => const { &[command(Key::F)] },
            KeyCommand::Fit => const { &[command(Key::Num0)] },
            KeyCommand::ZoomIn => const { &[command(Key::Plus), command(Key::Equals)] },
            KeyCommand::ZoomOut => const { &[command(Key::Minus)] },
            KeyCommand::AddPart => const { &[command(Key::Enter), plain(Key::Insert)] },
            KeyCommand::AddSibling => const { &[command_shift(Key::Enter)] },
            KeyCommand::SelectNext => const { &[plain(Key::ArrowDown)] },
            KeyCommand::SelectPrevious => const { &[plain(Key::ArrowUp)] },
            KeyCommand::SelectParent => const { &[plain(Key::ArrowLeft)] },
            KeyCommand::SelectFirstPart => const { &[plain(Key::ArrowRight)] },
            KeyCommand::Rename => const { &[plain(Key::F2), plain(Key::Enter)] },
            KeyCommand::Delete => const { &[plain(Key::Delete)] },
            KeyCommand::NameFieldEnter | KeyCommand::NextField | KeyCommand::ChartMouse => &[],
        }
    }

    /// The action the command makes; `None` for what egui and the chart do themselves.
    #[must_use]
    pub fn action(self) -> Option<AppAction> {
        Some(match self {
            KeyCommand::NewPlan => AppAction::NewPlan,
            KeyCommand::Undo => AppAction::Undo,
            KeyCommand::Redo => AppAction::Redo,
            KeyCommand::Save => AppAction::Save,
            KeyCommand::SaveAs => AppAction::SaveAs,
            KeyCommand::Open => AppAction::Open,
            KeyCommand::Search => AppAction::FocusSearch,
            KeyCommand::Fit => AppAction::View(ViewCommand::Fit),
            KeyCommand::ZoomIn => AppAction::View(ViewCommand::ZoomIn),
            KeyCommand::ZoomOut => AppAction::View(ViewCommand::ZoomOut),
            KeyCommand::AddPart => AppAction::AddNearSelection { sibling: false },
            KeyCommand::AddSibling => AppAction::AddNearSelection { sibling: true },
            KeyCommand::SelectNext => AppAction::SelectToward(Toward::Next),
            KeyCommand::SelectPrevious => AppAction::SelectToward(Toward::Previous),
            KeyCommand::SelectParent => AppAction::SelectToward(Toward::Parent),
            KeyCommand::SelectFirstPart => AppAction::SelectToward(Toward::FirstPart),
            KeyCommand::Rename => AppAction::FocusRename,
            KeyCommand::Delete => AppAction::DeleteSelection,
            KeyCommand::NameFieldEnter | KeyCommand::NextField | KeyCommand::ChartMouse => {
                return None;
            }
        })
    }

    /// The catalogue key of what the help window says the command does.
    #[must_use]
    pub fn help_key(self) -> &'static str {
        match self {
            KeyCommand::NewPlan => "shortcut-new",
            KeyCommand::Undo => "shortcut-undo",
            KeyCommand::Redo => "shortcut-redo",
            KeyCommand::Save => "shortcut-save",
            KeyCommand::SaveAs => "shortcut-save-as",
            KeyCommand::Open => "shortcut-open",
            KeyCommand::Search => "shortcut-search",
            KeyCommand::Fit => "shortcut-fit",
            KeyCommand::ZoomIn | KeyCommand::ZoomOut => "shortcut-zoom",
            KeyCommand::AddPart => "shortcut-add-part",
            KeyCommand::AddSibling => "shortcut-add-sibling",
            KeyCommand::SelectNext | KeyCommand::SelectPrevious => "shortcut-up-down",
            KeyCommand::SelectParent | KeyCommand::SelectFirstPart => "shortcut-left-right",
            KeyCommand::Rename => "shortcut-rename",
            KeyCommand::NameFieldEnter => "shortcut-enter",
            KeyCommand::Delete => "shortcut-delete",
            KeyCommand::NextField => "shortcut-tab",
            KeyCommand::ChartMouse => "shortcut-chart-mouse",
        }
    }

    /// How the help window writes the command's keys.
    #[must_use]
    pub fn help_keys(self) -> HelpKeys {
        match self {
            KeyCommand::ZoomIn => HelpKeys::Words("key-zoom"),
            KeyCommand::AddPart => HelpKeys::Words("key-insert"),
            KeyCommand::SelectNext => HelpKeys::Words("key-up-down"),
            KeyCommand::SelectParent => HelpKeys::Words("key-left-right"),
            KeyCommand::Rename => HelpKeys::Words("key-f2-enter"),
            KeyCommand::NameFieldEnter => HelpKeys::Words("key-enter"),
            KeyCommand::Delete => HelpKeys::Words("key-delete"),
            KeyCommand::NextField => HelpKeys::Words("key-tab"),
            KeyCommand::ChartMouse => HelpKeys::Words("key-mouse"),
            KeyCommand::ZoomOut | KeyCommand::SelectPrevious | KeyCommand::SelectFirstPart => {
                HelpKeys::Shared
            }
            KeyCommand::NewPlan
            | KeyCommand::Undo
            | KeyCommand::Redo
            | KeyCommand::Save
            | KeyCommand::SaveAs
            | KeyCommand::Open
            | KeyCommand::Search
            | KeyCommand::Fit
            | KeyCommand::AddSibling => HelpKeys::Each,
        }
    }

    /// Whether the command acts with nothing selected, when given by a key alone (going down
    /// starts at the top; the others act on the selection).
    fn acts_without_selection(self) -> bool {
        matches!(
            self,
            KeyCommand::SelectNext
                | KeyCommand::SelectPrevious
                | KeyCommand::SelectParent
                | KeyCommand::SelectFirstPart
        )
    }
}

/// The key combination a menu item shows for its action, when the keyboard gives it too.
#[must_use]
pub fn shortcut_of(action: &AppAction) -> Option<KeyboardShortcut> {
    KeyCommand::ALL
        .into_iter()
        .find(|command| command.action().as_ref() == Some(action))
        .and_then(|command| command.keys().iter().find(|k| !is_plain(k)).copied())
}

/// The actions this frame's key presses make. Keys alone are left to the text field that has
/// the focus (`typing`), and most act on the selection, so without one they do nothing.
pub fn pressed(ctx: &egui::Context, typing: bool, has_selection: bool) -> Vec<AppAction> {
    let mut actions = Vec::new();
    let push = |actions: &mut Vec<AppAction>, command: KeyCommand| {
        if let Some(action) = command.action()
            && !actions.contains(&action)
        {
            actions.push(action);
        }
    };
    ctx.input_mut(|input| {
        // The shifted combinations first: Ctrl+Z would also take Ctrl+Shift+Z.
        for shift in [true, false] {
            for command in KeyCommand::ALL {
                let taken = command
                    .keys()
                    .iter()
                    .filter(|k| !is_plain(k) && k.modifiers.shift == shift)
                    .any(|k| input.consume_shortcut(k));
                if taken {
                    push(&mut actions, command);
                }
            }
        }
    });
    if typing {
        return actions;
    }
    for command in KeyCommand::ALL {
        if !has_selection && !command.acts_without_selection() {
            continue;
        }
        let hit = command
            .keys()
            .iter()
            .filter(|k| is_plain(k))
            .any(|k| ctx.input(|i| i.key_pressed(k.logical_key)));
        if hit {
            push(&mut actions, command);
        }
    }
    actions
}

/// The list of keyboard shortcuts, in the user's language; `open` is cleared when it is closed.
pub fn shortcuts_ui(ctx: &egui::Context, lang: Lang, open: &mut bool) {
    egui::Window::new(tr(lang, "menu-shortcuts"))
        .open(open)
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts_grid")
                .num_columns(2)
                .spacing([16.0, 4.0])
                .show(ui, |ui| {
                    for command in KeyCommand::ALL {
                        let keys: Vec<String> = match command.help_keys() {
                            HelpKeys::Shared => continue,
                            HelpKeys::Words(key) => vec![tr(lang, key)],
                            HelpKeys::Each => command
                                .keys()
                                .iter()
                                .map(|k| ui.ctx().format_shortcut(k))
                                .collect(),
                        };
                        for key in keys {
                            ui.label(RichText::new(key).monospace());
                            ui.label(tr(lang, command.help_key()));
                            ui.end_row();
                        }
                    }
                });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key combination gives one command only: the table cannot promise one key twice.
    #[test]
    fn no_key_gives_two_commands() {
        let mut seen: Vec<(KeyboardShortcut, KeyCommand)> = Vec::new();
        for command in KeyCommand::ALL {
            for key in command.keys() {
                if let Some((_, other)) = seen.iter().find(|(k, _)| k == key) {
                    panic!("{key:?} gives both {other:?} and {command:?}");
                }
                seen.push((*key, command));
            }
        }
    }

    /// The help window has a row for every command: each either has one of its own or follows
    /// one that says it too.
    #[test]
    fn the_help_lists_every_command() {
        let mut previous: Option<KeyCommand> = None;
        for command in KeyCommand::ALL {
            match command.help_keys() {
                HelpKeys::Each => assert!(!command.keys().is_empty(), "{command:?}"),
                HelpKeys::Words(_) => {}
                HelpKeys::Shared => {
                    let before = previous.map(KeyCommand::help_key);
                    assert_eq!(before, Some(command.help_key()), "{command:?}");
                }
            }
            previous = Some(command);
        }
    }

    /// The menus show the keys the handler takes.
    #[test]
    fn menu_items_show_the_first_key_with_a_modifier() {
        assert_eq!(shortcut_of(&AppAction::Undo), Some(command(Key::Z)));
        assert_eq!(shortcut_of(&AppAction::Redo), Some(command_shift(Key::Z)));
        assert_eq!(shortcut_of(&AppAction::SaveAs), Some(command_shift(Key::S)));
        assert_eq!(shortcut_of(&AppAction::Quit), None);
    }
}
