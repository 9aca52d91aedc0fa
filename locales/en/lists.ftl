# Screening a list (政策找人): the mapping file, the output workbook and the errors.

list-map-heading = List mapping: which question each column answers, and which option each cell value means. Check it and keep it: next month's list in the same format can use it as it is.
list-map-carried = Column "{ $header }" answers no question: it is carried to the output unchanged and not screened.
list-map-unplaced = No option was found for the value "{ $value }": fill it in below, or the rows that hold it go to the errors.

list-sheet-summary = Summary
list-sheet-rows = Every row
list-sheet-errors = Errors
list-summary-source = List format
list-summary-date = Screened for
list-summary-pack = Policy pack
list-summary-rows-in = Rows read
list-summary-screened = Rows screened
list-summary-in-error = Rows in errors
list-summary-blank = Blank rows (not counted)
list-col-measure = Measure
list-col-group = Group
list-col-people = People
list-col-people-to-call = Of whom to contact
list-col-row = Row
list-col-ask = Question still to ask
list-col-column = Column
list-col-value = Value
list-col-reason = Reason
list-col-status = Status
list-col-contact = Contact first

list-status-eligible = Can apply
list-status-eligible-any = Suits (can apply, use or take part)
list-status-needs_review = Department reviews
list-status-unknown = Not on the list: ask
list-status-ineligible = Does not qualify
list-status-expired = Expired
list-status-eligible-service = Can use it
list-status-eligible-programme = Can take part
list-status-eligible-commitment = Concerns them: worth following
list-status-needs_review-service = Department decides on use
list-status-needs_review-programme = Department decides on taking part
list-status-needs_review-commitment = Concerns them; department decides

list-error-unknown-value = the mapping gives no option for "{ $value }"
list-error-not-a-person = a total, signature or note line, not a person: not screened
list-error-header-again = the list's title or header again (a second list pasted under the first?), not a person: not screened
list-error-said-both = one column of this row says the person is “{ $option }” and another says they are not: not screened
list-error-workbook = The file is not an Excel (xlsx, xls) or ODS workbook that can be read.
list-error-encoding = The CSV file is neither UTF-8 nor GBK/GB18030.
list-error-csv = Line { $line } of the CSV file cannot be read.
list-error-no-sheet = The workbook has no sheet named "{ $sheet }". Its sheets: { $sheets }.
list-error-sheet-of-csv = A CSV file has no sheets, so the sheet "{ $sheet }" cannot be read from it. Name a sheet only for an Excel or ODS workbook (on the command line, leave out --sheet).
list-error-not-a-file = { $path } is not a file (it is a device or a pipe), so it cannot be read as a list.
list-error-no-header = The list has no header row.
list-error-mapping-syntax = Line { $line } of the mapping file is not valid (it should be TOML).
list-error-unknown-question = The mapping names a question "{ $question }" that does not exist.
list-error-unknown-option = "{ $option }" is not an option of question "{ $question }".
list-error-question-twice = The mapping has two columns answer the question "{ $question }".
list-error-no-column = The list has no column "{ $header }".
list-error-cancelled = The screening was cancelled; no output was written.
list-progress-reading = Step 1 of 4: reading the list…
list-progress-screening = Step 2 of 4: screening row { $done } of { $total }
list-progress-writing = Step 3 of 4: writing the results, { $percent }% done
list-progress-saving = Step 4 of 4: saving the workbook, { $size } MB written
list-error-too-many-rows = The list has more than { $limit } rows and cannot be screened. Split it into several files.
list-error-too-many-columns = The list has more than { $limit } columns and cannot be screened. Check the far right of the sheet for stray content.
list-error-too-many-cells = The list has more than { $limit } cells and cannot be screened. Remove unneeded columns or split it into several files.
list-error-too-many-merged = A sheet of the list has more than { $limit } merged cells and cannot be screened. Unmerge the cells, or split the list into several files.
list-error-unpacked = The workbook unpacks to more than { $limit } MB, far more than a list holds: it was not read. Save the list again from the spreadsheet program, or as CSV.
list-error-empty-mapping = The mapping names no column, so nothing in the list would be read: map at least one column to a question.
list-error-output-is-input = The output cannot be the list file itself: the list would be overwritten. Choose another file name.
list-error-output-not-xlsx = The output must be an .xlsx workbook: { $path }
list-error-output-exists = The file already exists: { $path }. Choose another name (or add --force on the command line to replace it).
list-error-cell-too-long = Row { $line }, column "{ $column }": the cell is longer than a workbook cell can hold (32,767 characters). Shorten it in the list.
list-error-temp-dir = The temporary folder { $path } cannot be written ({ $reason }), so the workbook cannot be made. Check the TMPDIR or TEMP setting.

audit-list-screen = List screened

cli-list-read = List read: { $format }, { $rows } rows.
cli-list-done = { $screened } rows screened, { $errors } rows in errors, output written to { $path }.
