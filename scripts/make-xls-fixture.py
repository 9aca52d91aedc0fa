#!/usr/bin/env python3
"""Writes tests/fixtures/lists/veterans.xls, the Excel 97-2003 list the core's tests read.

No Rust crate writes the old .xls format, so this one file is made here and checked in.
Reproduce it with:

    python3 -m venv /tmp/xlwt && /tmp/xlwt/bin/pip install xlwt==1.3.0
    /tmp/xlwt/bin/python scripts/make-xls-fixture.py

The people in it are invented. Its content is the same as the list tests/lists.rs writes as
XLSX, ODS and CSV (see `people()` there), so that each format is checked against one truth:
a title merged across the top, the header, four people, a blank row, a date column.
"""
import datetime
import pathlib

import xlwt

HEADERS = ["姓名", "身份证号", "人员类别", "是否在农村创业", "所在县", "退役日期", "联系电话"]
ROWS = [
    ["张三", "140602199001011234", "退役军人", "是 ", "平鲁区", datetime.date(2020, 9, 1), "13900000001"],
    ["李四", "140602199202021234", "退役军人、外出打工后回乡创业的农民工", "否", "怀仁市", datetime.date(2019, 3, 15), "13900000002"],
    None,
    ["王五", "140602199303031234", "高校毕业生（大专、本科、研究生毕业）", "", "应县", "", "13900000003"],
    ["赵六", "140602199404041234", "外星人", "是", "朔城区", "", "13900000004"],
]

book = xlwt.Workbook(encoding="utf-8")
sheet = book.add_sheet("名单")
dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
sheet.write_merge(0, 0, 0, len(HEADERS) - 1, "2026年退役军人名单（示例，人物虚构）")
for c, h in enumerate(HEADERS):
    sheet.write(1, c, h)
for r, row in enumerate(ROWS, start=2):
    if row is None:
        continue
    for c, value in enumerate(row):
        if isinstance(value, datetime.date):
            sheet.write(r, c, value, dates)
        elif value != "":
            sheet.write(r, c, value)
out = pathlib.Path(__file__).resolve().parent.parent / "tests/fixtures/lists/veterans.xls"
out.parent.mkdir(parents=True, exist_ok=True)
book.save(str(out))
print(out)
