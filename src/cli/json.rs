//! The CLI's JSON output. These shapes are a contract (scripts and the end-to-end tests read
//! them), so they are built here explicitly rather than derived from core types.

use navigator::answers::format_date;
use navigator::message::Explain;
use navigator::pack::PackText;
use navigator::pack::Problem;
use navigator::present::{DepartmentView, QuestionView, StepView, VerdictView};
use navigator::{Locale, Localizer, PolicyPack};
use serde_json::{json, Value};

/// Prints a JSON value, pretty, on stdout.
pub fn print(value: &Value) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => crate::emit(&format!("{text}\n")),
        Err(e) => eprintln!("navigator: {e}"),
    }
}

/// Several excerpts are quoted as one passage with an ellipsis between them.
fn excerpt(excerpts: &[String]) -> String {
    excerpts.join("……")
}

pub fn pack_check(pack: &PolicyPack, loc: &Localizer, locale: Locale) -> Value {
    let m = &pack.manifest;
    let coverage = navigator::pack::coverage::coverage(pack);
    json!({
        "valid": true,
        "coverage": {
            "sentences": coverage.sentences,
            "encoded": coverage.encoded,
            "explained": coverage.explained,
        },
        "pack": {
            "id": m.id,
            "version": m.version,
            "document": m.document.number,
            "title": loc.text(locale, PackText::Title, None),
            "issuer": m.document.issuer,
            "issued": format_date(m.document.issued),
        },
        "measures": pack.measures.iter().map(|x| json!({
            "id": x.id,
            "kind": x.kind.as_str(),
            "title": loc.text(locale, PackText::Measure(&x.id), None),
            "article": x.article_label(),
            "article_number": x.article,
            "excerpt": excerpt(&x.excerpts),
            "excerpts": x.excerpts,
            "groups": x.groups,
            "departments": x.departments,
            "primary_contact": x.primary_contact,
            "departments_damaged": x.departments_damaged,
            "review": x.review,
            "valid_from": x.valid_from.map(format_date),
            "valid_until": x.valid_until.map(format_date),
            "source_issue": x.source_issue,
        })).collect::<Vec<_>>(),
        "not_applicable": pack.not_applicable.iter().map(|n| json!({
            "article": navigator::pack::article_label(n.article),
            "article_number": n.article,
            "excerpt": n.excerpt,
            "reason": n.reason,
        })).collect::<Vec<_>>(),
        "questions": pack.questions.len(),
        "departments": pack.departments.iter().map(|d| json!({
            "id": d.id,
            "name": d.name,
            "government": d.is_government,
            "source_issue": d.source_issue,
        })).collect::<Vec<_>>(),
    })
}

pub fn pack_problems(problems: &[Problem], loc: &Localizer, locale: Locale) -> Value {
    json!({
        "valid": false,
        "problems": problems.iter().map(|p| json!({
            "file": p.file,
            "line": p.line,
            "message": problem_message(p, loc, locale),
        })).collect::<Vec<_>>(),
    })
}

/// A problem in the user's language.
pub fn problem_message(p: &Problem, loc: &Localizer, locale: Locale) -> String {
    loc.say(locale, &p.kind.message())
}

pub fn questions(questions: &[QuestionView]) -> Value {
    Value::Array(questions.iter().map(question).collect())
}

pub fn question(q: &QuestionView) -> Value {
    json!({
        "id": q.id,
        "text": q.text,
        "help": q.help,
        "kind": q.kind.as_str(),
        "options": q.options.iter().map(|o| json!({"value": o.value, "label": o.label})).collect::<Vec<_>>(),
        "min": q.min,
        "max": q.max,
        "min_selected": q.min_selected,
    })
}

pub fn screen(view: &StepView) -> Value {
    json!({
        "next_question": view.question.as_ref().map(question),
        "asked": view.asked,
        "remaining": view.remaining,
        "progress": view.progress,
        "verdicts": view.verdicts.iter().map(verdict).collect::<Vec<_>>(),
        "summary": view.summary.iter().map(|s| json!({
            "measure": s.measure,
            "title": s.title,
            "status_label": s.status_label,
            "office": s.office.as_ref().map(|d| d.id.clone()),
        })).collect::<Vec<_>>(),
    })
}

fn verdict(v: &VerdictView) -> Value {
    json!({
        "measure": v.measure,
        "title": v.title,
        "benefit": v.benefit,
        "article": v.article,
        "citation": v.citation,
        "excerpt": excerpt(&v.excerpts),
        "status": v.status.key(),
        "kind": v.kind.as_str(),
        "status_label": v.status_label,
        "county": v.county,
        "unsure": v.unsure,
        "unsure_note": v.unsure_note,
        "shown": v.shown,
        "reasons": v.reasons,
        "missing": v.missing.iter().map(|(id, _)| id).collect::<Vec<_>>(),
        "near_miss": v.near_miss,
        "review": v.review,
        "expired": v.expired,
        "departments": v.departments.iter().map(department).collect::<Vec<_>>(),
        "departments_note": v.departments_note,
    })
}

fn department(d: &DepartmentView) -> Value {
    json!({
        "id": d.id,
        "name": d.name,
        "cited_as": d.cited_as,
        "renamed": d.renamed,
        "lead": d.is_lead,
        "primary_reason": d.primary_reason,
        "phone": d.phone,
        "address": d.address,
        "hours": d.hours,
    })
}
