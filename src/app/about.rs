//! *Help › About*: which orgplan this is (its version and the commit it was built from, as
//! `orgplan --version` says), its licences and the fonts', and where it keeps the files a user
//! may look for: the autosaved plans and the settings.

use egui::RichText;

use crate::i18n::{s, tr, tr_args};

impl super::OrgplanApp {
    /// The About window, while it is open.
    pub(super) fn about_ui(&mut self, ctx: &egui::Context) {
        let lang = self.lang;
        let unknown = tr(lang, "about-no-folder");
        let folder = |path: Option<&std::path::Path>| {
            path.map_or_else(|| unknown.clone(), |p| p.display().to_string())
        };
        let recovery = folder(
            self.recovery
                .as_ref()
                .map(crate::io::recovery::Recovery::dir),
        );
        let settings = folder(eframe::storage_dir("orgplan").as_deref());
        egui::Window::new(tr(lang, "menu-about"))
            .open(&mut self.about_open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                ui.heading("orgplan");
                ui.label(tr_args(
                    lang,
                    "about-version",
                    &[("version", s(crate::VERSION))],
                ));
                ui.label(tr(lang, "about-what"));
                ui.separator();
                egui::Grid::new("about_grid")
                    .num_columns(2)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        let rows = [
                            ("about-licence", env!("CARGO_PKG_LICENSE").to_owned()),
                            ("about-fonts", tr(lang, "about-fonts-licence")),
                            ("about-recovery", recovery),
                            ("about-settings", settings),
                        ];
                        for (key, value) in rows {
                            ui.label(RichText::new(tr(lang, key)).strong());
                            ui.label(value);
                            ui.end_row();
                        }
                    });
            });
    }
}
