//! The small window where the user types a path to open or save to, where no system dialog
//! answers.

use std::path::PathBuf;

use super::{OrgplanApp, PathPrompt, PromptKind};
use crate::i18n::tr;

impl OrgplanApp {
    pub(super) fn prompt_for(&mut self, kind: PromptKind) {
        let text = self
            .path
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        self.prompt = Some(PathPrompt {
            kind,
            text,
            focused: false,
        });
    }

    pub(super) fn prompt_ui(&mut self, ctx: &egui::Context) {
        let lang = self.lang;
        let Some(prompt) = self.prompt.as_mut() else {
            return;
        };
        let (title, button) = match prompt.kind {
            PromptKind::Open => ("path-open-title", "button-open"),
            PromptKind::Save => ("path-save-title", "button-save"),
        };
        let mut done: Option<bool> = None;
        egui::Window::new(tr(lang, title))
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ctx, |ui| {
                let label = ui.label(tr(lang, "path-label"));
                let edit = ui
                    .add(
                        egui::TextEdit::singleline(&mut prompt.text)
                            .desired_width(420.0)
                            .hint_text("/home/…/plan.orgplan"),
                    )
                    .labelled_by(label.id);
                if !prompt.focused {
                    edit.request_focus();
                    prompt.focused = true;
                }
                let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    if ui.button(tr(lang, button)).clicked() || entered {
                        done = Some(true);
                    }
                    if ui.button(tr(lang, "button-cancel")).clicked() {
                        done = Some(false);
                    }
                });
            });
        match done {
            Some(true) if prompt.text.trim().is_empty() => {}
            Some(true) => {
                let kind = prompt.kind;
                let path = PathBuf::from(prompt.text.trim());
                self.prompt = None;
                match kind {
                    PromptKind::Open => self.open(&path),
                    PromptKind::Save => self.save_checked(path),
                }
            }
            Some(false) => self.prompt = None,
            None => {}
        }
    }
}
