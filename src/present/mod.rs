//! Localized views: what a person reads.
//!
//! The CLI and the desktop shell both show these, so the wording lives here once, in the core.
//! The views are plain structs without serde: each caller turns them into its own wire format.
//! Nothing here decides anything; it only words what [`crate::engine`] and [`crate::flow`]
//! decided, and what [`crate::desk`] found.
//!
//! One module per view: [`question`] (a question and the answers given), [`verdict`] (one
//! measure's verdict with its departments), [`step`] (a whole step of a consultation),
//! [`stored`] (a past consultation), [`notice`] (what is wrong with the app itself),
//! [`packs`] (pack updates: the files offered and what one changes), [`office`] (the staff
//! screens), [`relevance`] (the order results are read in, and the few things to do first)
//! and [`speech`] (a screen as sentences to read aloud, made fit for the ear by [`ear`]).

pub mod ear;
pub mod hearing;
pub mod lists;
pub mod notice;
pub mod office;
pub mod packs;
pub mod question;
pub mod relevance;
pub mod speech;
pub mod step;
pub mod stored;
pub mod texts;
pub mod verdict;

use time::Date;

pub use hearing::Hearing;
pub use notice::Notice;
pub use packs::{pack_diff, MeasureChangeView, OfferedFileView, PackDiffView, PacksView};
pub use question::{
    answer_label, answered, option_label, question, AnsweredView, OptionView, QuestionView,
};
pub use relevance::SummaryItem;
pub use speech::Speech;
pub use step::{step, PackView, StepInput, StepView};
pub use stored::{stored, StoredVerdictView, StoredView};
pub use verdict::{departments, verdict, DepartmentView, VerdictView};

use crate::answers::Answers;
use crate::flow::Plan;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::PolicyPack;

/// The step these answers lead to on `on`, with no directory, notices or takeaway: what the
/// CLI's `screen` and the tests need. The answers count as given in the pack's order.
pub fn screen(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    answers: &Answers,
    on: Date,
) -> StepView {
    let verdicts = crate::engine::evaluate(pack, answers, on);
    let plan = Plan::new(pack, &verdicts, answers);
    let order: Vec<String> = pack
        .questions
        .iter()
        .filter(|q| answers.contains(&q.id))
        .map(|q| q.id.clone())
        .collect();
    let input = StepInput {
        pack,
        loc,
        locale,
        answers,
        order: &order,
        on,
        contacts: &[],
        notices: &[],
    };
    step(&input, &verdicts, &plan)
}
