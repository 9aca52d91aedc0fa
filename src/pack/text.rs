//! The names of a pack's own texts in its Fluent files. A pack words its measures, questions,
//! options and departments itself (`locales/<locale>/*.ftl` in the pack); the loader checks
//! that every text exists and the localizer finds them, both by [`PackText::id`].

/// The optional attribute of an option's text (`opt-<question>-<value>.names`) that names the
/// option's people as the pack's titles and offers, and county offices' lists, name them
/// (`退役军人|自主择业`), `|` between names.
pub const OPTION_NAMES: &str = "names";

/// A text of the pack's, by what it words. The pack's Fluent files name each text by this
/// convention (`m-<measure>`, `q-<question>`, `opt-<question>-<option>`, `dept-<department>`,
/// `pack-title`); this is the one place that knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PackText<'a> {
    /// The pack's (the document's) title.
    Title,
    Measure(&'a str),
    Question(&'a str),
    /// An option of a question: the question's id and the option's value.
    Option(&'a str, &'a str),
    Department(&'a str),
}

impl PackText<'_> {
    /// The Fluent message id.
    pub fn id(&self) -> String {
        match self {
            PackText::Title => "pack-title".to_owned(),
            PackText::Measure(id) => format!("m-{id}"),
            PackText::Question(id) => format!("q-{id}"),
            PackText::Option(question, value) => format!("opt-{question}-{value}"),
            PackText::Department(id) => format!("dept-{id}"),
        }
    }
}
