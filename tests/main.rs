//! Every integration test in one test binary: each binary links the whole window toolkit, and
//! linking a dozen of them cost minutes and gigabytes of disk on every CI run.
#![allow(clippy::unwrap_used)] // Tests fail loudly by design.

mod architecture;
mod canvas;
mod capacity;
mod checks;
mod cli;
mod compare;
mod compose;
mod damaged_files;
mod determinism;
mod disk;
mod export;
mod export_compare;
mod fit;
mod fit_window;
mod fuzz;
mod generate;
mod gui;
mod history;
mod i18n;
mod impact;
mod import;
mod inspector;
mod kill_save;
mod layout_props;
mod limits;
mod meetings;
mod merge;
mod model_props;
mod network;
mod no_network;
mod pack;
mod pack_docx;
mod pack_pdf;
mod packaging;
mod page_edges;
mod paijathame;
mod participation_diff;
mod plan_details;
mod recovery;
mod redaction;
mod release;
mod responsible_body;
mod save;
mod scale;
mod scenarios;
mod semantic_zoom;
mod serves_notes;
mod staff_import;
mod staff_preview;
mod staff_update;
mod table;
mod utbildningskontoret;
mod write_failures;

mod support {
    pub mod boxes;
    pub mod gen_org;
}
