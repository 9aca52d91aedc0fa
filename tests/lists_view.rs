//! 名单筛查's mapping table as the screen shows it: each column's first values, its different
//! values (whole, and split for a multi-choice question), whether it has more than the table
//! offers, the question the mapping gives it, what its values mean and what found no choice;
//! and the progress line of a screening. Written after mutation testing found that no test
//! looked at what staff see of a column (`present::lists`).

use navigator::batch::{suggest, Found, List, Mapping, Stage, Step, Summary};
use navigator::present::lists::{list, progress, screened, ListColumnView, ListView, Prefill};
use navigator::Locale;

use crate::support::{localizer, pack};

/// The table for `csv`, filled from `kept` (a mapping file's text) or else the suggestion.
fn table(csv: &str, kept: Option<&str>) -> ListView {
    let l = List::from_csv(csv.as_bytes()).unwrap();
    let suggestion = suggest(&l, pack(), localizer());
    let kept = kept.map(|text| Mapping::from_toml(text, pack()).unwrap());
    let prefill = Prefill {
        mapping: kept.as_ref().unwrap_or(&suggestion.mapping),
        suggestion: &suggestion,
    };
    list(pack(), localizer(), Locale::ZhCn, &l, Vec::new(), prefill)
}

fn column<'v>(view: &'v ListView, header: &str) -> &'v ListColumnView {
    view.columns
        .iter()
        .find(|c| c.header == header)
        .unwrap_or_else(|| panic!("no column {header}: {view:?}"))
}

fn sorted(values: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = values.iter().map(|s| (*s).to_owned()).collect();
    v.sort();
    v
}

#[test]
fn a_column_shows_its_first_values_its_different_values_and_their_parts_but_no_blank() {
    let view = table(
        "姓名,人员类别,备注\n\
         张三, 退役军人、高校毕业生 ,\n\
         李四,   ,\n\
         王五,返乡农民工,\n\
         赵六,退役军人、高校毕业生,\n\
         钱七,妇女,\n",
        None,
    );
    let groups = column(&view, "人员类别");
    // The first three cells with something in them, in the list's order, repeats and all,
    // trimmed: what staff recognise the column by.
    assert_eq!(
        groups.samples,
        ["退役军人、高校毕业生", "返乡农民工", "退役军人、高校毕业生"]
    );
    assert_eq!(
        groups.values,
        sorted(&["退役军人、高校毕业生", "返乡农民工", "妇女"])
    );
    assert_eq!(
        groups.parts,
        sorted(&["退役军人", "高校毕业生", "返乡农民工", "妇女"])
    );
    assert!(!groups.more);
    // A column with nothing under its header offers nothing to map.
    let note = column(&view, "备注");
    assert!(note.samples.is_empty() && note.values.is_empty() && note.parts.is_empty());
    assert!(!note.more);
}

#[test]
fn a_column_offers_thirty_different_values_and_says_when_it_has_more() {
    let csv = |cells: &[String]| {
        let rows: String = cells.iter().map(|c| format!("某人,{c}\n")).collect();
        format!("姓名,专业\n{rows}")
    };
    let names: Vec<String> = (1..=31).map(|i| format!("专业{i:02}")).collect();

    // Thirty different values, each twice: all offered, none more.
    let thirty: Vec<String> = names[..30].iter().chain(&names[..30]).cloned().collect();
    let view = table(&csv(&thirty), None);
    let c = column(&view, "专业");
    assert_eq!(c.values, names[..30]);
    assert!(!c.more, "a value seen again is not one more");

    // A thirty-first: the first thirty found are offered, and "more".
    let view = table(&csv(&names), None);
    let c = column(&view, "专业");
    assert_eq!(c.values, names[..30]);
    assert!(c.more);

    // Thirty-one parts in one cell: the whole value is one, its parts are more than shown.
    let view = table(&csv(&[names.join("、")]), None);
    let c = column(&view, "专业");
    assert_eq!(c.values.len(), 1);
    assert_eq!(c.parts, names[..30]);
    assert!(c.more, "more parts than shown is more");
}

#[test]
fn a_column_shows_the_question_its_mapping_gives_it_what_its_values_mean_and_what_found_no_choice()
{
    let csv = "姓名,人员类别,所在县\n张三,退役军人,应县\n李四,外星人,朔城区\n王五,火星人,应县\n\
               赵六,高校毕业生,怀仁市\n钱七,返乡农民工,右玉县\n";

    // The suggestion: the groups column answers `groups`, 高校毕业生 is a graduate (退役军人 is
    // the option's own label, read as written), and the two values no group was found for are
    // shown as such.
    let view = table(csv, None);
    let groups = column(&view, "人员类别");
    assert_eq!(groups.question.as_deref(), Some("groups"));
    assert!(
        groups
            .targets
            .contains(&("高校毕业生".to_owned(), "graduate".to_owned())),
        "{groups:?}",
    );
    assert_eq!(
        sorted(
            &groups
                .unplaced
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
        ),
        sorted(&["外星人", "火星人"])
    );
    assert_eq!(column(&view, "姓名").question, None);

    // A kept mapping: what it says, and a value it placed (外星人: left unanswered) is no longer
    // shown as found no choice for; the county column it does not name is carried.
    let kept = "[[column]]\nheader = \"人员类别\"\nquestion = \"groups\"\ncomplete = true\n\
                [column.values]\n\"退役军人\" = \"veteran\"\n\"外星人\" = \"\"\n";
    let view = table(csv, Some(kept));
    let groups = column(&view, "人员类别");
    assert_eq!(groups.question.as_deref(), Some("groups"));
    assert_eq!(
        groups.targets,
        [
            ("外星人".to_owned(), String::new()),
            ("退役军人".to_owned(), "veteran".to_owned())
        ]
    );
    assert_eq!(groups.unplaced, ["火星人"]);
    assert!(groups.complete);
    for carried in ["姓名", "所在县"] {
        let c = column(&view, carried);
        assert_eq!(c.question, None, "{carried}");
        assert!(c.targets.is_empty() && !c.complete, "{carried}");
    }
}

#[test]
fn a_number_or_a_date_question_offers_no_choices_to_map_a_value_to() {
    // The default pack has no number or date question: the tiny test pack has one of each
    // (and a multi-choice one), and the table reads those as written, with no choices.
    let tiny = navigator::PolicyPack::from_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tiny-pack"),
    )
    .expect("the tiny pack loads");
    let loc = navigator::Localizer::new(&tiny).expect("its words");
    let l =
        List::from_csv("姓名,年龄,登记日期,类别\n张三,35,2024-06-01,person\n".as_bytes()).unwrap();
    let s = suggest(&l, &tiny, &loc);
    let prefill = Prefill {
        mapping: &s.mapping,
        suggestion: &s,
    };
    let view = list(&tiny, &loc, Locale::ZhCn, &l, Vec::new(), prefill);
    let offered: Vec<(&str, usize, bool)> = view
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.choices.len(), q.multi))
        .collect();
    // groups: its three options and "not" each of them; age and registered: nothing.
    assert_eq!(
        offered,
        [
            ("groups", 6, true),
            ("age", 0, false),
            ("registered", 0, false)
        ]
    );
    // The default pack: a single-choice question's options, with their labels, and no "not".
    let view = table("姓名,所在县\n张三,应县\n", None);
    let county = view.questions.iter().find(|q| q.id == "county").unwrap();
    assert!(!county.multi);
    assert!(county
        .choices
        .iter()
        .any(|(_, label)| label.contains("应县")));
    assert!(county.choices.iter().all(|(v, _)| !v.starts_with('!')));
}

#[test]
fn a_screenings_summary_lists_under_each_status_the_measures_rows_had_and_how_many() {
    let list =
        List::from_csv("姓名,人员类别\n张三,退役军人\n李四,高校毕业生\n王五,退役军人\n".as_bytes())
            .unwrap();
    let mapping = "[[column]]\nheader = \"人员类别\"\nquestion = \"groups\"\n";
    let screening = crate::lists_files::screened_list(&list, mapping);
    let summary = Summary::of(&list, pack(), &screening);
    let view = screened(pack(), localizer(), Locale::ZhCn, &summary);
    // The statuses worth a call or a question, in that order; not ineligible nor expired.
    let wanted = [Found::Eligible, Found::NeedsReview, Found::Unknown];
    assert_eq!(
        view.sections.iter().map(|s| s.id).collect::<Vec<_>>(),
        wanted.map(Found::key)
    );
    let mut listed = 0;
    for (section, found) in view.sections.iter().zip(wanted) {
        // Each measure that some row had in this status, with how many rows; no other.
        let had: Vec<(&str, u64)> = summary
            .measures
            .iter()
            .filter(|(_, counts)| counts[found as usize] != 0)
            .map(|(id, counts)| (id.as_str(), counts[found as usize] as u64))
            .collect();
        let shown: Vec<(&str, u64)> = section
            .rows
            .iter()
            .map(|r| (r.key.as_str(), r.count))
            .collect();
        assert_eq!(shown, had, "{}", section.id);
        listed += shown.len();
    }
    // Some measures are listed, and not every measure under every status.
    assert!(
        listed > 0 && listed < 3 * summary.measures.len(),
        "{listed}"
    );
    // Each person screened is under one status for each measure (高校毕业生 is not an option's
    // label, and this mapping does not place it: that row is in error).
    assert_eq!((summary.screened, summary.in_error), (2, 1));
    for (id, counts) in &summary.measures {
        assert_eq!(counts.iter().sum::<usize>(), 2, "{id}");
    }
}

#[test]
fn the_progress_line_says_the_size_saved_in_megabytes_and_a_bar_only_where_it_can() {
    let loc = localizer();
    let said = |stage, done, total| progress(loc, Locale::ZhCn, Step::new(stage, done, total));

    // 1.5 MB as Windows counts it (1024 × 1024 bytes); the saving has no bar.
    let saving = said(Stage::Saving, 3 * 512 * 1024, 0);
    assert_eq!(
        saving.said,
        loc.app(
            Locale::ZhCn,
            "list-progress-saving",
            &[("size", "1.5".into())]
        )
    );
    assert_eq!((saving.done, saving.total), (0, 0));
    let reading = said(Stage::Reading, 7, 0);
    assert_eq!((reading.done, reading.total), (0, 0));

    // Writing: a third of the rows is 33 %; a bar of 1 of 3.
    let writing = said(Stage::Writing, 1, 3);
    assert_eq!(
        writing.said,
        loc.app(
            Locale::ZhCn,
            "list-progress-writing",
            &[("percent", 33.into())]
        )
    );
    assert_eq!((writing.done, writing.total), (1, 3));
    // Nothing to write yet: 0 %, not a division by zero.
    assert!(said(Stage::Writing, 0, 0).said.contains("0%"));
}
