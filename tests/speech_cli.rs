//! `navigator speech`: what would be read aloud for the screen a set of answers leads to, in the
//! style of the other commands (bad input is one line on stderr, exit code 2).

use crate::cli::{assert_refused, navigator, stderr, stdout};
use crate::support::root;

#[test]
fn speech_without_answers_speaks_the_first_question_with_numbered_options() {
    let o = navigator(&["speech"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() > 3, "{out}");
    assert!(lines[1].starts_with("第一项，"), "{out}");
    assert!(lines[2].starts_with("第二项，"), "{out}");
    assert!(lines.last().is_some_and(|l| l.contains("下一步")), "{out}");
    assert!(!out.contains('（') && !out.contains('('), "{out}");
}

#[test]
fn speech_of_a_finished_answers_file_speaks_the_results_and_never_the_county() {
    let answers = b"{\"groups\":[\"graduate\"],\"activity\":\"self_employed\",\"rural_business\":false,\
\"has_ip\":true,\"contest_level\":\"municipal_or_lower\",\"in_demo_base\":false,\"county\":\"pinglu\"}";
    let o = navigator(
        &[
            "--lang",
            "en",
            "speech",
            "--answers",
            "-",
            "--on",
            "2026-11-28",
        ],
        Some(answers),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.starts_with("Here are your results"), "{out}");
    assert!(out.contains("Do these first."), "{out}");
    assert!(out.contains("Go first to"), "{out}");
    assert!(
        !out.contains("Pinglu"),
        "the county answered is read out: {out}"
    );
}

#[test]
fn speech_reads_an_answers_file_like_screen() {
    let file = root().join("examples/self-employed-graduate.json");
    let o = navigator(
        &[
            "--lang",
            "zh-TW",
            "speech",
            "--answers",
            &file.display().to_string(),
        ],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stdout(&o).trim().is_empty());
}

#[test]
fn speech_refuses_bad_answers_in_one_line_in_the_chosen_language() {
    assert_refused(
        &navigator(
            &["--lang", "en", "speech", "--answers", "-"],
            Some(b"{\"age\": 3}"),
        ),
        "age",
    );
    assert_refused(
        &navigator(&["speech", "--answers", "-"], Some(b"{\"groups\": [")),
        "JSON",
    );
    assert_refused(
        &navigator(&["speech", "--answers", "/nonexistent/answers.json"], None),
        "/nonexistent/answers.json",
    );
    assert_refused(
        &navigator(&["speech", "--on", "2021-02-30"], None),
        "2021-02-30",
    );
    assert_refused(&navigator(&["--lang", "fr", "speech"], None), "fr");
}
