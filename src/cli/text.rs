//! The CLI's readable output: what a person at a terminal reads.

use navigator::engine::Status;
use navigator::pack::Problem;
use navigator::pack::{MeasureKind, PackText};
use navigator::present::verdict::DepartmentView;
use navigator::present::{QuestionView, Speech, StepView, VerdictView};
use navigator::{Locale, Localizer, PolicyPack};

use crate::json::problem_message;

/// Appends one formatted line to an output buffer.
macro_rules! say {
    ($out:expr) => { $out.push('\n') };
    ($out:expr, $($arg:tt)*) => {{ $out.push_str(&format!($($arg)*)); $out.push('\n'); }};
}

/// "Label: value" with the locale's own colon (full-width in Chinese).
fn labelled(loc: &Localizer, locale: Locale, id: &str, value: &str) -> String {
    labelled_text(loc, locale, &loc.app(locale, id, &[]), value)
}

/// "Text: value" with the locale's own colon.
fn labelled_text(loc: &Localizer, locale: Locale, label: &str, value: &str) -> String {
    format!("{label}{}{value}", loc.app(locale, "colon", &[]))
}

pub fn pack_check(out: &mut String, pack: &PolicyPack, loc: &Localizer, locale: Locale) {
    let m = &pack.manifest;
    say!(
        out,
        "{}",
        loc.app(
            locale,
            "cli-pack-valid",
            &[
                ("id", m.id.clone().into()),
                ("version", m.version.clone().into()),
                ("document", loc.document_number(locale, pack).into()),
                ("measures", pack.measures.len().into()),
                ("questions", pack.questions.len().into()),
                ("departments", pack.departments.len().into()),
            ],
        )
    );
    for measure in &pack.measures {
        say!(out);
        let title = loc.text(locale, PackText::Measure(&measure.id), None);
        say!(
            out,
            "{} {}  [{}]",
            measure.article_label(),
            title,
            measure.id
        );
        for e in &measure.excerpts {
            say!(
                out,
                "    {}",
                loc.app(locale, "quoted", &[("text", e.clone().into())])
            );
        }
    }
    say!(out);
    say!(
        out,
        "{}",
        loc.app(
            locale,
            "cli-not-applicable",
            &[("count", pack.not_applicable.len().into())]
        )
    );
    let c = navigator::pack::coverage::coverage(pack);
    say!(
        out,
        "{}",
        loc.app(
            locale,
            "cli-coverage",
            &[
                ("sentences", c.sentences.into()),
                ("encoded", c.encoded.into()),
                ("explained", c.explained.into()),
            ]
        )
    );
}

pub fn pack_problems(out: &mut String, problems: &[Problem], loc: &Localizer, locale: Locale) {
    say!(
        out,
        "{}",
        loc.app(
            locale,
            "cli-pack-invalid",
            &[("count", problems.len().into())]
        )
    );
    for p in problems {
        let at = match p.line {
            Some(line) => format!("{}:{}", p.file, line),
            None => p.file.clone(),
        };
        say!(out, "  {at}: {}", problem_message(p, loc, locale));
    }
}

pub fn questions(out: &mut String, questions: &[QuestionView]) {
    for (i, q) in questions.iter().enumerate() {
        say!(out, "{}. {}  [{}]", i + 1, q.text, q.id);
        options(out, q);
        say!(out);
    }
}

/// The options of a question, numbered from 1 as the interactive mode reads them.
pub fn options(out: &mut String, view: &QuestionView) {
    for (i, o) in view.options.iter().enumerate() {
        say!(out, "   {}) {}", i + 1, o.label);
    }
}

pub fn screen(out: &mut String, view: &StepView, loc: &Localizer, locale: Locale) {
    say!(
        out,
        "{}",
        loc.app(locale, "cli-asked", &[("count", view.asked.into())])
    );
    match &view.question {
        Some(q) => {
            if !view.why.is_empty() {
                let list = view.why.join(&loc.app(locale, "list-separator", &[]));
                say!(out, "{}", labelled(loc, locale, "cli-why", &list));
            }
            say!(
                out,
                "{} ({}): {}  [{}]",
                loc.app(locale, "cli-next-question", &[]),
                view.progress,
                q.text,
                q.id
            );
            options(out, q);
        }
        None => say!(out, "{}", loc.app(locale, "cli-no-more-questions", &[])),
    }
    results(out, view, loc, locale);
}

/// The verdicts the results show ([`StepView::results`]), grouped as the result screen
/// groups them.
pub fn results(out: &mut String, step: &StepView, loc: &Localizer, locale: Locale) {
    summary(out, step, loc, locale);
    for key in Status::KEYS {
        let group: Vec<&VerdictView> = step.results().filter(|v| v.status.key() == key).collect();
        if group.is_empty() {
            continue;
        }
        say!(out);
        say!(
            out,
            "■ {} ({})",
            loc.app(locale, &format!("ui-group-{key}"), &[]),
            group.len()
        );
        for v in group {
            card(out, v, loc, locale);
        }
    }
}

/// The few things to do first, each with its office, as the results screen heads with them.
fn summary(out: &mut String, step: &StepView, loc: &Localizer, locale: Locale) {
    if !step.is_complete() {
        return;
    }
    say!(out);
    say!(out, "★ {}", loc.app(locale, "ui-summary-title", &[]));
    if step.summary.is_empty() {
        say!(out, "  {}", loc.app(locale, "ui-summary-none", &[]));
    }
    for (i, item) in step.summary.iter().enumerate() {
        say!(
            out,
            "  {}. {}  {}",
            i + 1,
            item.title,
            loc.app(
                locale,
                "cli-status",
                &[("status", item.status_label.clone().into())]
            )
        );
        if let Some(office) = &item.office {
            say!(
                out,
                "     {}",
                labelled(loc, locale, "ui-summary-go", &office.name)
            );
        }
    }
}

fn card(out: &mut String, v: &VerdictView, loc: &Localizer, locale: Locale) {
    say!(out);
    say!(out, "  ● {}", v.title);
    // What this person can do with it, in words that fit the kind of measure (the group
    // heading says only the status).
    if matches!(v.status, Status::Eligible | Status::NeedsReview) {
        let label = v.status_label.clone().into();
        say!(
            out,
            "    {}",
            loc.app(locale, "cli-status", &[("status", label)])
        );
    }
    say!(out, "    {}", v.benefit);
    if let Some(review) = &v.review {
        say!(out, "    {}", labelled(loc, locale, "cli-review", review));
    }
    if let Some(expired) = &v.expired {
        say!(out, "    {expired}");
    }
    if let Some(unsure) = &v.unsure_note {
        say!(out, "    {unsure}");
    }
    for r in &v.reasons {
        say!(out, "    ✗ {r}");
    }
    if let Some(n) = &v.near_miss {
        say!(out, "    {}", labelled(loc, locale, "cli-near-miss", n));
    }
    if !v.missing.is_empty() {
        let missing: Vec<&str> = v.missing.iter().map(|(_, short)| short.as_str()).collect();
        let list = missing.join(&loc.app(locale, "list-separator", &[]));
        say!(out, "    {}", labelled(loc, locale, "cli-missing", &list));
    }
    say!(
        out,
        "    {}",
        labelled(loc, locale, "cli-source", &v.citation)
    );
    for e in &v.excerpts {
        say!(
            out,
            "      {}",
            loc.app(locale, "quoted", &[("text", e.clone().into())])
        );
    }
    if let Some(county) = &v.county {
        say!(
            out,
            "    {}",
            labelled(loc, locale, "ui-your-county", county)
        );
    }
    // One office to go to first (for a commitment of the city: the one in charge), with why;
    // the other offices the article names after it. Contact details appear only where someone
    // responsible has filled them in.
    let office = |d: &DepartmentView| {
        let details: Vec<String> = [&d.renamed, &d.phone, &d.address, &d.hours]
            .into_iter()
            .flatten()
            .cloned()
            .collect();
        if details.is_empty() {
            d.name.clone()
        } else {
            let sep = loc.app(locale, "list-separator", &[]);
            loc.app(
                locale,
                "with-note",
                &[
                    ("text", d.name.clone().into()),
                    ("note", details.join(&sep).into()),
                ],
            )
        }
    };
    if let Some((first, others)) = v.departments.split_first() {
        let label = if v.kind == MeasureKind::Commitment {
            "cli-responsible"
        } else {
            "cli-first-contact"
        };
        say!(out, "    {}", labelled(loc, locale, label, &office(first)));
        if let Some(why) = &first.primary_reason {
            say!(out, "      {why}");
        }
        if !others.is_empty() {
            let list: Vec<String> = others.iter().map(office).collect();
            let list = list.join(&loc.app(locale, "list-separator", &[]));
            say!(
                out,
                "    {}",
                labelled(loc, locale, "cli-other-departments", &list)
            );
        }
    }
    if let Some(note) = &v.departments_note {
        say!(
            out,
            "      {}",
            loc.app(
                locale,
                "with-note",
                &[
                    ("text", String::new().into()),
                    ("note", note.clone().into())
                ]
            )
            .trim()
        );
    }
    for d in v.departments.iter() {
        if let Some(reason) = &d.primary_reason {
            say!(
                out,
                "      → {}",
                labelled_text(loc, locale, &d.name, reason)
            );
        }
        if let Some(renamed) = &d.renamed {
            say!(
                out,
                "      {}",
                labelled_text(loc, locale, &d.name, renamed)
            );
        }
    }
}

/// What would be read aloud: one sentence a line.
pub fn speech(speech: &Speech) -> String {
    speech.sentences.iter().map(|s| format!("{s}\n")).collect()
}
