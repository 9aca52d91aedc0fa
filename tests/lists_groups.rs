//! 政策找人: lists that say a person's groups one column per group — 退役军人 | 外籍人员 | 留学人员,
//! each 是 or 否 — as county offices keep them: each such column suggested as the audience
//! question with the group its header names, and several columns of one multi-choice question
//! screened as one answer that holds what each names (issue #17: they were left unplaced, and a
//! mapping could give a question one column only).

use navigator::batch::{suggest, Found, List, Mapping, Suggestion};

use crate::lists_files::screened;
use crate::support::{localizer, pack};

/// Headers naming a group as a county office's list may write them, and the group they name.
const GROUP_HEADERS: [(&str, &str); 14] = [
    ("退役军人", "veteran"),
    ("外籍人员", "foreign_national"),
    ("留学人员", "returnee"),
    ("高校毕业生", "graduate"),
    ("技工院校毕业生", "vocational_graduate"),
    ("在校学生", "student"),
    ("返乡农民工", "migrant_worker"),
    ("科研人员", "researcher"),
    ("是否女性", "woman"),
    ("妇女", "woman"),
    ("港澳台", "hmt_resident"),
    ("港澳台居民", "hmt_resident"),
    ("企业", "enterprise"),
    ("Veteran", "veteran"),
];

fn suggested(csv: &str) -> Suggestion {
    suggest(
        &List::from_csv(csv.as_bytes()).unwrap(),
        pack(),
        localizer(),
    )
}

/// The question and the values the suggestion gives the column `header`, if it maps it.
fn placed<'s>(s: &'s Suggestion, header: &str) -> Option<(&'s str, Vec<(&'s str, &'s str)>)> {
    let column = s.mapping.columns.iter().find(|c| c.header == header)?;
    let values = column
        .values
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    Some((column.question.as_str(), values))
}

#[test]
fn a_yes_no_column_whose_header_names_a_group_is_suggested_as_that_group() {
    for (header, group) in GROUP_HEADERS {
        let s = suggested(&format!(
            "姓名,身份证号,联系电话,{header}\n张三,140602199001011234,13900000001,是\n李四,140602199202021234,13900000002,否\n"
        ));
        assert_eq!(
            placed(&s, header),
            Some(("groups", vec![("否", ""), ("是", group)])),
            "{header}: {:?}",
            s.mapping
        );
        for carried in ["姓名", "身份证号", "联系电话"] {
            assert!(
                s.carried.iter().any(|c| c == carried),
                "{header}: {carried}"
            );
        }
    }
}

#[test]
fn a_list_of_one_yes_no_column_per_group_has_each_placed_and_the_file_reads_back() {
    let headers: Vec<&str> = GROUP_HEADERS[..13].iter().map(|(h, _)| *h).collect();
    // Each column says yes for one person and no, 1/0, √ or nothing for the other.
    let yes = ["是", "1", "√", "是"];
    let no = ["否", "0", "", "不清楚"];
    let mut csv = format!("姓名,联系电话,是否在农村创业,{}\n", headers.join(","));
    for (name, words) in [("张三", yes), ("李四", no)] {
        let cells: Vec<&str> = (0..headers.len()).map(|i| words[i % 4]).collect();
        csv.push_str(&format!("{name},1390000000,是,{}\n", cells.join(",")));
    }
    let s = suggested(&csv);
    for (i, (header, group)) in GROUP_HEADERS[..13].iter().enumerate() {
        let (question, values) = placed(&s, header).unwrap_or_else(|| panic!("{header}"));
        assert_eq!(question, "groups", "{header}");
        assert!(
            values.contains(&(yes[i % 4], *group)),
            "{header}: {values:?}"
        );
        assert!(values
            .iter()
            .all(|(k, v)| *v == *group || (v.is_empty() && no.contains(k))));
    }
    assert_eq!(
        placed(&s, "是否在农村创业").map(|p| p.0),
        Some("rural_business")
    );
    assert_eq!(s.carried, ["姓名", "联系电话"]);
    let text = s.to_toml(localizer(), navigator::Locale::ZhCn);
    assert_eq!(Mapping::from_toml(&text, pack()).unwrap(), s.mapping);
}

#[test]
fn a_yes_no_column_whose_header_only_shares_words_with_a_group_is_not_placed_as_one() {
    // 人员 is half of 科研人员 and 留学人员; 企业法人 (a company's legal representative) holds
    // 企业; the others name no group at all.
    let headers = [
        "人员",
        "是否企业法人",
        "是否就业",
        "是否党员",
        "是否参保",
        "是否已婚",
    ];
    let yes = vec!["是"; headers.len()].join(",");
    let no = vec!["否"; headers.len()].join(",");
    let s = suggested(&format!(
        "姓名,{}\n张三,{yes}\n李四,{no}\n",
        headers.join(",")
    ));
    for header in headers {
        assert_ne!(placed(&s, header).map(|p| p.0), Some("groups"), "{header}");
    }
}

#[test]
fn a_column_whose_header_names_a_group_but_holds_no_yes_or_no_is_not_placed_as_the_group() {
    // 退役军人姓名 names a group, but its cells are names: reading them as 是/否 would put every
    // row in the errors, or worse.
    let s = suggested("退役军人姓名,外籍人员证件号\n张三,E12345678\n李四,E23456789\n");
    assert!(s.mapping.columns.is_empty(), "{:?}", s.mapping);
}

#[test]
fn several_columns_of_one_question_each_add_what_they_name() {
    let mapping = r#"
[[column]]
header = "人员类别"
question = "groups"

[[column]]
header = "外籍人员"
question = "groups"
[column.values]
"是" = "foreign_national"
"否" = ""
"#;
    let screening = screened(
        "姓名,人员类别,外籍人员\n甲,退役军人,是\n乙,退役军人,否\n丙,,是\n丁,以上都不是,是\n",
        mapping,
    );
    let groups: Vec<Vec<&str>> = screening
        .rows
        .iter()
        .map(|r| r.groups.iter().map(String::as_str).collect())
        .collect();
    assert_eq!(
        groups,
        [
            vec!["foreign_national", "veteran"],
            vec!["veteran"],
            vec!["foreign_national"],
        ]
    );
    let measure = pack()
        .measures
        .iter()
        .position(|m| m.id == "foreigner-exit-entry-services")
        .unwrap();
    let found: Vec<Found> = screening.rows.iter().map(|r| r.found[measure]).collect();
    assert!(
        found[0].worth_a_call() && found[2].worth_a_call(),
        "{found:?}"
    );
    // 否 says nothing: the list does not record the other groups, so it is asked, not refused.
    assert_eq!(found[1], Found::Unknown);
    // "None of these" and a group besides is no answer: the row is in the errors, at the column
    // that added the group.
    assert_eq!(screening.rows_in_error, 1);
    assert_eq!(screening.errors.len(), 1);
    assert_eq!(
        (
            screening.errors[0].line,
            screening.errors[0].column.as_str()
        ),
        (5, "外籍人员")
    );
}
