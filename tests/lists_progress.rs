//! 政策找人: how far a screening is, and stopping it at every stage (issue #17: "a progress bar
//! and a Cancel button for long lists"). The output workbook's saving is the longest stage for
//! a big list; a stop there, as while writing its sheets, leaves no file and no audit note.

use std::path::Path;

use navigator::batch::{List, ListError, Mapping, Stage, Step};
use navigator::desk::{Desk, DeskError, Opening};
use navigator::present::lists::ListProgressView;
use navigator::Locale;

use crate::lists_files::MAPPING;
use crate::support::date;

/// A list of `rows` invented people, their groups, rural or not and county varied so that the
/// output has rows on several measures' sheets; every hundredth in a group nobody maps (one
/// row of the errors sheet each).
fn list_text(rows: usize) -> String {
    let groups = [
        "退役军人",
        "高校毕业生（大专、本科、研究生毕业）",
        "女性创业者",
        "",
    ];
    let counties = ["朔城区", "平鲁区", "怀仁市", "应县"];
    let mut text = String::from("姓名,联系电话,人员类别,是否在农村创业,所在县\n");
    for i in 0..rows {
        text.push_str(&format!(
            "某{i},139{i:08},{},{},{}\n",
            if i % 100 == 99 {
                "不详的类别"
            } else {
                groups[i % groups.len()]
            },
            ["是", "否", ""][i % 3],
            counties[i % counties.len()],
        ));
    }
    text
}

/// A county office in `dir`: the list as `stick/名单.csv`, exports into `exports`.
fn office(dir: &Path, rows: usize) -> Desk {
    let stick = dir.join("stick");
    std::fs::create_dir_all(&stick).unwrap();
    std::fs::write(stick.join("名单.csv"), list_text(rows)).unwrap();
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let settings = format!(
        "mode = \"office\"\nexport_dir = {:?}\npack_import_dirs = [{:?}]\n",
        dir.join("exports"),
        stick,
    );
    std::fs::write(data.join("settings.toml"), settings).unwrap();
    Desk::open(Opening {
        data_dir: Some(data),
        on: Some(date("2026-11-28")),
        env: |_| None,
        ..Opening::default()
    })
    .expect("the desk opens")
}

/// The files in `dir` (none there is none).
fn files_in(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}

fn list_notes(desk: &Desk) -> usize {
    let log = desk.at_terminal().audit_log(Locale::ZhCn).unwrap();
    log.iter().filter(|e| e.detail.contains("rows ->")).count()
}

/// The stages in the order first heard.
fn stages(steps: &[Stage]) -> Vec<Stage> {
    let mut seen = steps.to_vec();
    seen.dedup();
    seen
}

#[test]
fn screening_writing_and_saving_are_reported_in_order_and_the_saving_ends_at_the_file_size() {
    let dir = tempfile::tempdir().unwrap();
    let desk = office(dir.path(), 4_000);
    let staff = desk.at_terminal();
    let list = List::read(&dir.path().join("stick/名单.csv"), None).unwrap();
    let mapping = staff.read_mapping(MAPPING).unwrap();
    let out = dir.path().join("out.xlsx");
    let mut heard: Vec<Step> = Vec::new();
    let summary = staff
        .screen_list(Locale::ZhCn, &list, &mapping, &out, &mut |step| {
            heard.push(step);
            true
        })
        .unwrap();
    let order: Vec<Stage> = heard.iter().map(|s| s.stage).collect();
    assert_eq!(
        stages(&order),
        [Stage::Screening, Stage::Writing, Stage::Saving]
    );
    let of = |stage: Stage| -> Vec<Step> {
        heard.iter().filter(|s| s.stage == stage).copied().collect()
    };
    for stage in [Stage::Screening, Stage::Writing] {
        let steps = of(stage);
        assert!(steps.len() >= 4, "{stage:?} reported as it went: {steps:?}");
        assert!(steps.windows(2).all(|w| w[0].done < w[1].done), "{steps:?}");
        let last = steps.last().unwrap();
        assert_eq!(last.done, last.total, "{stage:?} ends at its total");
    }
    assert_eq!(
        of(Stage::Screening)[0],
        Step::new(Stage::Screening, 0, 4_000)
    );
    // The sheet of every row, the errors, and a row on a measure's sheet for each measure worth
    // a call.
    let callers: usize = summary
        .measures
        .iter()
        .map(|(_, counts)| counts[0] + counts[1])
        .sum();
    assert!(callers > 0);
    assert_eq!(summary.in_error, 40);
    assert_eq!(
        of(Stage::Writing)[0].total,
        summary.screened + summary.in_error + callers
    );
    let saving = of(Stage::Saving);
    let size = std::fs::metadata(&out).unwrap().len() as usize;
    assert!(saving.len() >= 3, "{saving:?} for {size} bytes");
    let (last, before) = saving.split_last().unwrap();
    assert!(
        before.iter().all(|s| s.total == 0 && s.done < size),
        "{saving:?}"
    );
    assert_eq!((last.done, last.total), (size, size));
}

#[test]
fn a_stop_at_any_stage_leaves_no_file_and_no_note() {
    for stop_in in [Stage::Screening, Stage::Writing, Stage::Saving] {
        let dir = tempfile::tempdir().unwrap();
        let desk = office(dir.path(), 4_000);
        let staff = desk.at_terminal();
        let list = List::read(&dir.path().join("stick/名单.csv"), None).unwrap();
        let mapping = staff.read_mapping(MAPPING).unwrap();
        let out = dir.path().join("results").join("out.xlsx");
        std::fs::create_dir_all(out.parent().unwrap()).unwrap();
        let mut after_stop = 0;
        let mut stopped = false;
        let result = staff.screen_list(Locale::ZhCn, &list, &mapping, &out, &mut |step| {
            if stopped {
                after_stop += 1;
            }
            stopped |= step.stage == stop_in && step.done > 0;
            !stopped
        });
        assert!(stopped, "{stop_in:?} was reached");
        assert!(
            matches!(result, Err(DeskError::List(ListError::Cancelled))),
            "{stop_in:?}: {result:?}"
        );
        assert_eq!(after_stop, 0, "{stop_in:?}: nothing more once stopped");
        // Not the output, not a part file with the list's names in it.
        assert_eq!(files_in(out.parent().unwrap()), Vec::<String>::new());
        assert_eq!(list_notes(&desk), 0, "{stop_in:?}");
    }
}

#[test]
fn the_app_hears_each_stage_worded_from_the_reading_on_and_cancel_works_in_each() {
    let dir = tempfile::tempdir().unwrap();
    let desk = office(dir.path(), 4_000);
    let staff = desk.at_terminal();
    let path = dir.path().join("stick/名单.csv").display().to_string();
    let mapping: Mapping = staff.read_mapping(MAPPING).unwrap();
    let mut views: Vec<ListProgressView> = Vec::new();
    let done = staff
        .screen_offered(Locale::ZhCn, &path, None, &mapping, 1, &mut |v| {
            views.push(v)
        })
        .unwrap();
    assert_eq!(done.rows_in, 4_000);
    let order: Vec<&str> = views.iter().map(|v| v.stage).collect();
    let mut firsts = order.clone();
    firsts.dedup();
    assert_eq!(firsts, ["reading", "screening", "writing", "saving"]);
    let reading = &views[0];
    assert_eq!((reading.done, reading.total), (0, 0));
    assert!(
        reading.said.starts_with("第 1 步（共 4 步）"),
        "{reading:?}"
    );
    // The stages that can count end at their total; the bar of the others only moves.
    for stage in ["screening", "writing"] {
        let last = views.iter().rev().find(|v| v.stage == stage).unwrap();
        assert!(last.total > 0 && last.done == last.total, "{last:?}");
    }
    let screened = views.iter().rev().find(|v| v.stage == "screening").unwrap();
    assert!(
        screened.said.contains("4000 / 4000 行"),
        "{}",
        screened.said
    );
    let writing = views.iter().rev().find(|v| v.stage == "writing").unwrap();
    assert!(writing.said.contains("100%"), "{}", writing.said);
    let saving: Vec<_> = views.iter().filter(|v| v.stage == "saving").collect();
    assert!(saving.iter().all(|v| v.total == 0 && v.said.contains("MB")));

    // Staff press Cancel in each stage: nothing is written into the export folder.
    let exports = dir.path().join("exports");
    let before = files_in(&exports);
    for (ticket, stage) in (2..).zip(["reading", "screening", "writing", "saving"]) {
        let result = staff.screen_offered(Locale::En, &path, None, &mapping, ticket, &mut |v| {
            if v.stage == stage {
                staff.stop_screening(ticket);
            }
        });
        assert!(
            matches!(result, Err(DeskError::List(ListError::Cancelled))),
            "{stage}: {result:?}"
        );
        assert_eq!(files_in(&exports), before, "{stage}");
    }
    // And the next screening is not stopped by the last Cancel.
    let again = staff.screen_offered(Locale::En, &path, None, &mapping, 6, &mut |_| {});
    assert!(again.is_ok(), "{again:?}");
}

/// Cancel pressed within milliseconds of Run reaches the app before the screening's thread
/// has begun: it still stops that screening (it once reset the stop and screened the list).
#[test]
fn a_cancel_that_arrives_before_its_screening_begins_still_stops_it() {
    let dir = tempfile::tempdir().unwrap();
    let desk = office(dir.path(), 200);
    let staff = desk.at_terminal();
    let path = dir.path().join("stick/名单.csv").display().to_string();
    let mapping: Mapping = staff.read_mapping(MAPPING).unwrap();
    let exports = dir.path().join("exports");
    let before = files_in(&exports);

    // Another Cancel after it (another screening's) does not make it forgotten (a second
    // review: one slot kept only the last).
    staff.stop_screening(41);
    staff.stop_screening(44);
    let mut heard = Vec::new();
    let result = staff.screen_offered(Locale::En, &path, None, &mapping, 41, &mut |v| {
        heard.push(v.stage)
    });
    assert!(
        matches!(result, Err(DeskError::List(ListError::Cancelled))),
        "{result:?}"
    );
    assert!(
        heard.iter().all(|s| ["reading", "screening"].contains(s)),
        "stopped before anything was written: {heard:?}"
    );
    assert_eq!(files_in(&exports), before);
    assert_eq!(list_notes(&desk), 0);

    // Another screening is not stopped by it, nor by a Cancel of yet another one.
    staff.stop_screening(43);
    let other = staff.screen_offered(Locale::En, &path, None, &mapping, 42, &mut |_| {});
    assert_eq!(other.map(|v| v.rows_in).ok(), Some(200));
    assert_eq!(list_notes(&desk), 1);
}

/// Cancel from another thread (the app's Cancel is a command of its own) while the
/// screening runs: it stops, whichever stage it was in, and nothing is written.
#[test]
fn a_cancel_from_another_thread_stops_the_screening_running() {
    let dir = tempfile::tempdir().unwrap();
    let desk = office(dir.path(), 4_000);
    let path = dir.path().join("stick/名单.csv").display().to_string();
    let exports = dir.path().join("exports");
    let before = files_in(&exports);
    let (desk, path) = (&desk, &path);
    let (began, heard_began) = std::sync::mpsc::channel();
    let (sent, heard_sent) = std::sync::mpsc::channel();
    let result = std::thread::scope(|scope| {
        let screening = scope.spawn(move || {
            let staff = desk.at_terminal();
            let mapping: Mapping = staff.read_mapping(MAPPING).unwrap();
            let mut began = Some(began);
            staff.screen_offered(Locale::En, path, None, &mapping, 9, &mut move |_| {
                // The first report waits until the other thread has pressed Cancel.
                if let Some(began) = began.take() {
                    began.send(()).unwrap();
                    heard_sent.recv().unwrap();
                }
            })
        });
        heard_began.recv().unwrap();
        desk.at_terminal().stop_screening(9);
        sent.send(()).unwrap();
        screening.join().unwrap()
    });
    assert!(
        matches!(result, Err(DeskError::List(ListError::Cancelled))),
        "{result:?}"
    );
    assert_eq!(files_in(&exports), before);
    assert_eq!(list_notes(desk), 0);
}
