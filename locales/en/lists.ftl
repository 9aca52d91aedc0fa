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
list-status-needs_review = Department reviews
list-status-unknown = Not on the list: ask
list-status-ineligible = Does not qualify
list-status-expired = Expired

list-error-unknown-value = the mapping gives no option for "{ $value }"
list-error-workbook = The file is not an Excel (xlsx, xls) or ODS workbook that can be read.
list-error-encoding = The CSV file is neither UTF-8 nor GBK/GB18030.
list-error-csv = Line { $line } of the CSV file cannot be read.
list-error-no-sheet = The workbook has no sheet named "{ $sheet }".
list-error-no-header = The list has no header row.
list-error-mapping-syntax = Line { $line } of the mapping file is not valid (it should be TOML).
list-error-unknown-question = The mapping names a question "{ $question }" that does not exist.
list-error-unknown-option = "{ $option }" is not an option of question "{ $question }".
list-error-question-twice = The mapping has two columns answer the question "{ $question }".
list-error-no-column = The list has no column "{ $header }".
list-error-cancelled = The screening was cancelled; no output was written.

audit-list-screen = List screened

cli-list-read = List read: { $format }, { $rows } rows.
cli-list-done = { $screened } rows screened, { $errors } rows in errors, output written to { $path }.
