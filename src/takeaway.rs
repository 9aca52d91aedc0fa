//! Taking the result away without a printer: the result as plain text — measure titles,
//! articles, departments — and that text as a QR code a phone camera can read. No network and
//! no personal data: the text holds no answer, only what the results screen lists.
//!
//! A QR code holds little, and a dense one is hard to scan off a screen, so the text is kept
//! under [`MAX_BYTES`]: when the full list does not fit, the last measures (the least pressing)
//! are left out, each kept one with its office to go to first, and a closing line says how many
//! more the screen and the printout show.

use fluent_bundle::FluentValue;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};
use time::Date;

use crate::answers::format_date;
use crate::engine::Status;
use crate::i18n::Localizer;
use crate::locale::Locale;
use crate::pack::PolicyPack;
use crate::present::VerdictView;

/// The most bytes a takeaway text may have. At error-correction level L this needs at most a
/// version-27 code (125 modules a side), which a phone reads off a screen at the size the app
/// draws it (four pixels a module).
pub const MAX_BYTES: usize = 1400;

/// The result to take away: its text and the text as an SVG QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Takeaway {
    pub text: String,
    /// A standalone SVG document (black modules on white, with the quiet zone).
    pub qr_svg: String,
    /// How many measures the text had to leave out to fit.
    pub left_out: usize,
}

/// The measures a person can act on, in the order the results screen groups them.
fn actionable(verdicts: &[VerdictView]) -> Vec<&VerdictView> {
    let rank = |v: &VerdictView| match v.status {
        Status::Eligible => Some(0),
        Status::NeedsReview => Some(1),
        Status::Unknown { .. } => Some(2),
        Status::Ineligible { .. } | Status::Expired { .. } => None,
    };
    let mut list: Vec<_> = verdicts
        .iter()
        .filter(|v| v.shown)
        .filter_map(|v| rank(v).map(|r| (r, v)))
        .collect();
    list.sort_by_key(|(r, _)| *r);
    list.into_iter().map(|(_, v)| v).collect()
}

/// One line: title, article, and (if asked) the department to contact first.
fn line(v: &VerdictView, with_departments: bool) -> String {
    let mut s = format!("{}{}", v.title, v.article);
    if with_departments {
        let first = v
            .departments
            .iter()
            .find(|d| d.primary_reason.is_some())
            .or_else(|| v.departments.iter().find(|d| d.is_lead))
            .or_else(|| v.departments.first());
        if let Some(d) = first {
            s.push_str(" → ");
            s.push_str(&d.name);
        }
    }
    s
}

/// The takeaway text for these verdicts on `on`, and its QR code.
pub fn takeaway(
    pack: &PolicyPack,
    loc: &Localizer,
    locale: Locale,
    verdicts: &[VerdictView],
    on: Date,
) -> Takeaway {
    let header = loc.app(
        locale,
        "takeaway-header",
        &[
            (
                "document",
                FluentValue::from(loc.document_number(locale, pack)),
            ),
            ("date", FluentValue::from(format_date(on))),
        ],
    );
    let items = actionable(verdicts);
    let compose = |with_departments: bool, keep: usize| {
        let mut lines = vec![header.clone()];
        let mut status = None;
        for v in items.iter().take(keep) {
            // A heading before each status's measures (they come grouped). The heading names
            // the status alone: the kind-worded labels of the screen ("you can use", "you can
            // take part") would fit only the first measure under it.
            if status != Some(v.status.key()) {
                status = Some(v.status.key());
                lines.push(loc.app(locale, &format!("takeaway-group-{}", v.status.key()), &[]));
            }
            lines.push(line(v, with_departments));
        }
        if items.is_empty() {
            lines.push(loc.app(locale, "takeaway-none", &[]));
        } else if keep < items.len() {
            let more = FluentValue::from(items.len() - keep);
            lines.push(loc.app(locale, "takeaway-more", &[("count", more)]));
        }
        lines.push(loc.app(locale, "takeaway-footer", &[]));
        lines.join("\n")
    };
    // The fullest text that fits. The office to go to first is the one next step of each
    // measure, so it stays: the last measures (the least pressing, as they come grouped) go
    // first, and only if not even one measure fits with its office are the offices left out.
    let fits = |with: bool| {
        (0..=items.len()).find(|&dropped| {
            let kept = items.len() - dropped;
            (kept > 0 || items.is_empty()) && compose(with, kept).len() <= MAX_BYTES
        })
    };
    let (with_departments, left_out) = match fits(true) {
        Some(dropped) => (true, dropped),
        None => (false, fits(false).unwrap_or(items.len())),
    };
    let text = compose(with_departments, items.len() - left_out);
    let qr_svg = render(&text).unwrap_or_default();
    Takeaway {
        text,
        qr_svg,
        left_out,
    }
}

/// `text` as a QR code, or `None` if it is longer than a QR code holds.
pub fn encode(text: &str) -> Option<QrCode> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()
}

/// `text` as an SVG QR code, or `None` if it cannot be encoded.
pub fn render(text: &str) -> Option<String> {
    Some(
        encode(text)?
            .render::<svg::Color<'_>>()
            .min_dimensions(500, 500)
            .quiet_zone(true)
            .build(),
    )
}
