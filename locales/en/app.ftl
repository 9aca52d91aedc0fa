# The application's own words (English). The policy pack carries its own.

app-name = Startup Support Navigator
app-tagline = Find out which of Shuozhou's startup support measures fit you

## Result groups

status-eligible = You can apply
status-needs_review = Depends on the department's review
status-ineligible = Not now
status-unknown = Still to answer
status-expired = Expired
status-eligible-service = You can use this
status-eligible-programme = You can take part
status-eligible-commitment = Concerns you: worth following
status-needs_review-service = Whether you can use it is the department's decision
status-needs_review-programme = Whether you can take part is the department's decision
status-needs_review-commitment = Concerns you; the details are the department's
answer-unsure = Not sure
unsure-note = You answered “Not sure” to “{ $questions }”, so the department will need to confirm this with you.

expired-on = Ended on { $date }
citation = { $document }, article ({ $number })
progress-first = Usually { $min } to { $max } questions, depending on who you are; more if you choose several groups
progress-remaining = { $count ->
    [one] At most 1 question left
   *[other] At most { $count } questions left
}
progress-done = All questions answered
departments-damaged = The source’s list of departments is damaged here: only the legible names are shown, and the lead department cannot be told.
colon = {": "}
quoted = “{ $text }”
with-note = { $text } ({ $note })
list-separator = {", "}
answer-yes = Yes
answer-no = No
answer-none-selected = None of these

## Why a measure does not apply

reason-is = { $question }: must be “{ $expected }”; your answer: “{ $actual }”
reason-is-not = { $question }: must not be “{ $expected }”
reason-one-of = { $question }: must be one of “{ $expected }”; your answer: “{ $actual }”
reason-none-of = { $question }: must not be any of “{ $expected }”; your answer: “{ $actual }”
reason-contains = { $question }: must include “{ $expected }”
reason-contains-not = { $question }: must not include “{ $expected }”
reason-contains-any = { $question }: must include at least one of “{ $expected }”
reason-contains-none = { $question }: must include none of “{ $expected }”
reason-at-least = { $question }: must be at least { $expected }; your answer: { $actual }
reason-at-most = { $question }: must be at most { $expected }; your answer: { $actual }
reason-less-than = { $question }: must be less than { $expected }; your answer: { $actual }
reason-more-than = { $question }: must be more than { $expected }; your answer: { $actual }
reason-on-or-after = { $question }: must be on or after { $expected }; your answer: { $actual }
reason-before = { $question }: must be before { $expected }; your answer: { $actual }
reason-not-yet-in-force = This measure starts on { $date }

near-miss-eligible = { $change }, you could apply.
near-miss-review = { $change }, you could apply, subject to the department’s review.
near-miss-eligible-service = { $change }, you could use it.
near-miss-eligible-programme = { $change }, you could take part.
near-miss-eligible-commitment = { $change }, this would concern you.
near-miss-review-service = { $change }, you might be able to use it; the department decides.
near-miss-review-programme = { $change }, you might be able to take part; the department decides.
near-miss-review-commitment = { $change }, this would concern you; the details are the department’s.
near-miss-depends = { $change }, it might apply; it would also depend on: { $questions }.

## Command line

cli-next-question = Next question
cli-no-more-questions = Every result is decided; no more questions are needed.
cli-asked = { $count ->
    [one] 1 question answered.
   *[other] { $count } questions answered.
}
cli-why = The next question decides
cli-source = Source
cli-status = [{ $status }]
cli-first-contact = Go here first
cli-responsible = In charge
cli-other-departments = Also named
cli-review = Department's review
cli-missing = Still to answer
cli-near-miss = Nearly
cli-none = (none)
cli-pack-valid = The pack is valid: { $id } { $version } ({ $document }), { $measures } measures, { $questions } questions, { $departments } departments.
cli-pack-invalid = The pack has { $count } problem(s) and cannot be used:
cli-not-applicable = Parts of the document that confer no measure: { $count }
cli-coverage = Sentence by sentence: of the { $sentences } sentences of the articles, { $encoded } are encoded as measures and { $explained } are explained as conferring none; none is left out.
cli-ask-intro = Please answer the questions below. Type the number of an option; for several, separate the numbers with spaces. Type b to go back, q to quit.
cli-ask-multi-hint = (choose one or more, separated by spaces)
cli-ask-bool-hint = 1 = yes, 2 = no
cli-ask-invalid = That answer was not understood; please try again.
cli-ask-saved = Your answers are saved (consultation { $id }).
cli-ask-resume = Resuming consultation { $id }.
cli-history-empty = No consultations saved yet.
cli-history-row = #{ $id }  { $started }  { $locale }  { $pack }  { $answers } answers  { $state }
cli-history-finished = finished
cli-history-open = not finished

## The desktop app

ui-language = Language
ui-large-text = Large text
ui-high-contrast = High contrast
ui-read-aloud = Read aloud
ui-read-aloud-no-voice = Read aloud: no voice for this language is installed
ui-speak-question = Read this question aloud
ui-speak-results = Read the results aloud
ui-speak-card = Read this one aloud
ui-start = Start
ui-welcome-short = Only a few questions that matter for you: tap to answer, no typing.
ui-welcome-private = No name, phone number or other personal details; answers stay on this computer.
ui-welcome-source = Every result shows where the policy says it, and whom to contact.
ui-changing = Change this answer
ui-choose-several = Choose all that apply, then press Next.
ui-choose-one = Choose one, then press Next.
ui-why = Why do we ask this?
ui-why-intro = Your answer decides whether these measures fit you:
ui-back = Back
ui-next = Next
ui-review-title = Please check your answers
ui-review-lead = You can change any of them; the results are worked out again.
ui-change = Change
ui-see-results = See the results
ui-results-title = Your results
ui-results-lead = These are the support measures of 朔政发〔2021〕26号 that concern you. The results are a guide; the departments decide.
ui-summary-title = Do these first
ui-summary-none = There is no measure you can apply for, take part in or use straight away. Below are the others that concern you.
ui-your-county = Where you said the project is
ui-summary-go = Go to
ui-folded-hint = tap to open
ui-restart-question = Clear these answers and results and start over?
ui-restart-question-saved = Leave these results and start a new consultation?
ui-restart-confirm-saved = Start a new consultation
ui-restart-confirm = Clear and start over
ui-restart-cancel = Stay on the results
ui-welcome-private-office = Staff note your name and phone number only if you agree, to follow up this consultation; the answers stay on this computer.
ui-group-eligible = Matches you
ui-group-needs_review = Depends on the department's review
ui-group-ineligible = Not now — here is why
ui-group-unknown = Still to answer
ui-group-expired = Expired (for your information)
ui-department-review = Department's review
ui-not-met = Not met
ui-near-miss = Nearly
ui-source = Policy source
ui-contact-first = Go here first
ui-contact-responsible = The department in charge
ui-other-departments = Other departments involved
ui-phone = Phone
ui-address = Address
ui-hours = Opening hours
ui-change-answers = Change answers
ui-print = Print
ui-print-to = Printer
ui-printing = Printing…
ui-printed = Sent to the printer.
ui-save-pdf = Save as PDF
ui-save-pdf-saving = Saving as PDF…
ui-save-pdf-done = Saved as PDF
ui-start-over = Start over
ui-print-title = Startup Support Navigator · Results
ui-print-date = Date
ui-print-pack = Policy
ui-print-note = This page holds no personal data. The results are a guide; the departments decide.
ui-takeaway-title = Take your result with you
ui-takeaway-help = Scan this code with your phone's camera: it holds the list above as text (measures, articles, departments to contact). Nothing is sent anywhere, and none of your answers is in it.
ui-takeaway-alt = QR code of your result as text
ui-takeaway-show-text = Show the text in the code
ui-takeaway-left-out = The code is short of space: the full list is on the screen and the printout.
ui-resume = Continue where you left off
ui-idle-title = Still there?
ui-idle-body = For your privacy, your answers will be cleared when the countdown ends, and the next person starts afresh.
ui-idle-continue = I'm still here
ui-idle-seconds = seconds
ui-colon = {": "}

## Errors

warn-database-replaced = The database file was damaged. It was kept, unchanged, as { $path }, and a new database was started. Please tell staff; a backup can be restored.
warn-no-database = Answers cannot be saved on this computer ({ $reason }). You can use the app all the same: your answers are kept until it is closed. Staff: check the data folder.
warn-not-saved = Your answers can no longer be saved on this computer ({ $reason }). You can carry on: they are kept until the app is closed. Staff: check the disk and the data folder.
warn-pack-refused = The installed policy pack cannot be used ({ $reason }), so the built-in one is in use. Staff: install the pack again or roll back.
warn-bad-settings = The settings could not all be used ({ $reason }). What could not be read runs at its default; everything else is as set. Staff: correct the settings file.
error-prefix = error
error-unknown-language = “{ $lang }” is not a supported language; use zh-CN, zh-TW or en.
error-bad-date = “{ $date }” is not a valid date; use YYYY-MM-DD.
error-bad-month = “{ $month }” is not a month: write it as YYYY-MM, e.g. 2026-03
error-read-file = Cannot read the file { $path }: { $reason }.
error-write-file = Cannot write { $path }: { $reason }.
error-write-output = Cannot write the output: { $reason }.
error-not-utf8 = The file { $path } is not UTF-8 text.
error-answers = The answers are wrong: { $detail }
error-answers-malformed = The answers file is not valid JSON (see line { $line }, column { $column }).
error-answers-not-object = The answers file must be one JSON object, e.g. { $example }.
error-answers-unknown-question = There is no question “{ $question }”.
error-answers-twice = The question “{ $question }” is answered twice; which answer is meant is unclear. Keep one.
error-answers-wrong-type = The answer to “{ $question }” has the wrong type: it takes { $expected }.
error-answers-unknown-option = “{ $value }” is not an option of question “{ $question }”.
error-answers-too-few = Question “{ $question }” needs at least { $min } choice(s).
error-answers-out-of-range = “{ $value }” is out of range for question “{ $question }”.
error-answers-invalid-date = “{ $value }” is not a real date (question “{ $question }”, format YYYY-MM-DD).
error-pack = Cannot use the policy pack: { $detail }
error-store = Database error: { $detail }
error-no-data-dir = No user data directory was found; give the database file with --db.

## Exports and statistics (for staff)
export-sheet-consultations = Consultations
export-sheet-statistics = Figures
export-col-id = No.
export-col-started = Started
export-col-finished = Finished
export-col-language = Language
export-col-pack-version = Pack version
export-col-region = County
export-col-groups = Groups
export-col-eligible = Measures to apply for
export-col-needs-review = Measures needing a department's review
export-col-section = Section
export-col-key = Code
export-col-label = Name
export-col-count = Count
stats-section-total = Totals
stats-section-group = By group
stats-section-region = By county
stats-section-month = By month
stats-section-matched = Most matched measures
stats-section-near-miss = Conditions that most often stood in the way
stats-total-consultations = Consultations
stats-total-finished = Consultations that reached the results
cli-stats-empty = (none)
cli-export-written = Exported { $count } consultations to { $path }

## Pack archives (signed pack files for offices without a network)

cli-keygen-written = Wrote the secret key { $secret } (keep it on the policy office's computer only) and the public key { $public } (give it to every office that imports packs).
cli-keygen-public = Public key: { $key }
cli-archive-built = Wrote { $path }: { $id } { $version }, { $measures } measures, signed with { $key }.
cli-archive-built-unsigned = Wrote { $path }: { $id } { $version }, { $measures } measures, NOT signed.
cli-archive-verified = The pack archive is intact and signed with a trusted key ({ $key }): { $id } { $version }, { $measures } measures.
cli-archive-verified-unsigned = The pack archive is intact but NOT signed: { $id } { $version }, { $measures } measures.
cli-diff-packs = { $old } → { $new }
cli-diff-added = Added: { $count }
cli-diff-removed = Removed: { $count }
cli-diff-changed = Changed: { $count }
cli-diff-none = No measure was added, removed or changed.

# The result to take away as text (and QR code): no answers, no personal data.
takeaway-header = Startup Support Navigator · { $document } · { $date }
takeaway-group-eligible = [Matches you]
takeaway-group-needs_review = [A department decides]
takeaway-group-unknown = [Still to answer]
takeaway-more = …and { $count } more: see the screen or the printout.
takeaway-none = No measure to apply for yet.
takeaway-footer = A guide only; the departments decide.

# Personal mode: continuing an unfinished consultation.
resume-detail = { $count } { $count ->
    [one] answer
   *[other] answers
} so far, last on { $date }
error-nothing-to-resume = There is no unfinished consultation to continue.

# The staff PIN.
error-pin-digits = A staff PIN is 4 to 12 digits.
cli-pin-set = The staff PIN is set (only its hash is kept, in { $path }).
error-pin-wrong = Wrong PIN. { $tries ->
    [one] One more wrong try locks it.
   *[other] { $tries } more wrong tries lock it.
}
error-pin-locked = Too many wrong tries: the PIN is locked until { $time }.
error-no-pin = No staff PIN is set on this computer (set one with: navigator set-pin).
error-kiosk-pin-too-short = A kiosk's staff PIN has at least { $min } digits. If this computer's PIN is shorter, set a longer one with navigator set-pin.
error-not-signed-in = Sign in with the staff PIN first.
error-office-only = Screening a list is for a county office: this computer is not set up as one.
error-printout-office-only = The printout is saved as a file in a county office only; elsewhere, choose "Print to File" in the print dialog.
error-nothing-to-print = There is nothing to print yet: the results print once the questions are answered.
error-print-busy = A printout is still being made: wait until it is done.
error-no-printing = This computer does not print: take the results away with the QR code.
error-no-such-printer = This computer lists no printer called "{ $printer }". Under "This computer", write the name as the computer's list of printers shows it, or leave it empty to choose the printer each time.
error-print-failed = The printer "{ $printer }" did not print: { $reason }. Check that it is on, and that its name under "This computer" is the one the computer lists.
error-print-no-answer = The printer "{ $printer }" did not answer within two minutes. Check that it is on, and that its name under "This computer" is the one the computer lists.
error-print-dialog-failed = The page was not printed: { $reason }.
error-print-dialog-no-answer = The printer did not answer within two minutes.
error-printout-failed = The printout could not be saved as PDF: { $reason }.
error-printout-no-answer = The printout was not saved as PDF within two minutes.
ui-staff-title = Staff
ui-staff-enter-pin = Enter the staff PIN.
ui-staff-delete = Delete
ui-staff-sign-in = Sign in
ui-staff-cancel = Cancel
ui-staff-signed-in = Signed in. The kiosk locks again in two minutes.
ui-staff-quit = Close the app

# County-office mode (issue #4): follow-up of a consultation, its export column, `navigator purge`.
followup-open = Open
followup-referred = Referred to a department
followup-applied = Applied
followup-closed = Closed
export-col-follow-up = Follow-up
cli-purge-done = Erased the name, phone and note of { $count } consultations started more than { $days } days before { $date }.

# Staff screens of the desktop app (issue #4): office sign-in, records, the log, figures,
# exports, the department directory, policy packs and the audit log.
ui-staff-pages = Staff screens
ui-staff-sign-out = Sign out
ui-staff-nav-consultation = Consultation
ui-staff-nav-log = Consultation log
ui-staff-nav-stats = Figures
ui-staff-nav-directory = Department directory
ui-staff-nav-packs = Policy pack
ui-staff-nav-lists = Screen a list
ui-staff-nav-audit = Audit log
ui-office-sign-in = Staff sign-in
ui-office-sign-in-lead = This computer is set up for a county office. Sign in with the staff PIN to begin.
ui-record-title = Follow-up record
record-consent = The applicant agrees that their name, phone number and staff's note about them are kept on this computer so that staff can follow up this consultation. They are erased after { $days } days, or earlier on request.
ui-record-name = Name
ui-record-phone = Phone
ui-record-note = Note
ui-record-follow-up = Follow-up
ui-record-save = Save
ui-record-saved = Saved.
ui-record-consented-at = Consent given
ui-log-title = Consultation log
ui-log-from = From
ui-log-to = To
ui-log-group = Group
ui-log-measure = Measure matched
ui-log-name = Name or phone
ui-log-region = County
ui-log-any = Any
ui-log-search = Search
ui-log-clear = Clear
ui-log-none = No consultation matches.
ui-log-started = Started
ui-log-matched = Measures matched
ui-log-open = Open
ui-log-unfinished = unfinished
ui-log-more = Only the newest 200 are listed. Narrow the search to see others.
ui-back-to-log = Back to the log
ui-past-title = Consultation
ui-past-finished = Results shown
ui-past-other-pack = This consultation ran on another version of the policy pack. Its verdicts are shown as they were then; titles come from the pack in use.
ui-past-answers = Answers given
ui-past-verdicts = Results as shown then
ui-past-no-verdicts = No measure was open to this applicant, or the results were never shown.
ui-erase-title = Erase on request
ui-erase-explain = Erases this consultation for good: answers, results, name, phone and note. The anonymous monthly figures keep counting it.
ui-erase = Erase this consultation
ui-erase-confirm = Yes, erase it
ui-stats-title = Figures for monitoring
ui-stats-from = From month
ui-stats-to = To month
ui-stats-show = Show
ui-stats-none = Nothing counted yet.
ui-stats-as-table = Show as a table
ui-export-title = Export
ui-export-consultations = Consultations
ui-export-statistics = Figures
ui-export-written = Written to
ui-directory-title = Department directory
ui-directory-lead = The policy document gives no phone numbers or addresses. Fill them in for your county; applicants from that county see them with their results and on the printout.
ui-directory-every-county = Every county
ui-packs-title = Policy pack
ui-packs-current = In use
ui-packs-source-installed = installed
ui-packs-source-built-in = built in
ui-packs-rollback = Go back to the previous pack
ui-packs-files = Pack files found
ui-packs-folders = Looked in
ui-packs-no-files = No pack file (.zip) was found. Put one on a USB stick or in the shared folder, then look again.
ui-packs-no-folders = No USB stick and no Downloads folder was found. Insert a USB stick and look again, or have the shared folder named in the settings (pack_import_dirs).
ui-packs-refresh = Look again
ui-packs-changes = What changes
ui-packs-other-pack = This file holds a different policy pack, not a new version of the one in use.
ui-packs-no-changes = No measure changes.
ui-packs-added = Added
ui-packs-removed = Removed
ui-packs-changed = Changed
ui-packs-install-note = Installing ends the consultation on screen. The pack in use now is kept, so you can go back to it.
ui-packs-install = Install this pack
ui-packs-install-anyway = Install it all the same
ui-packs-installed = Installed
ui-packs-rolled-back = Now in use
ui-lists-title = Screen a list (policy finds the person)
ui-lists-lead = Put the list (xlsx, xls, ods or csv) on a USB stick or in a shared folder, choose it below, check which question each column answers, then screen it. The result goes into the export folder; the list is read in memory only and never written to the database.
ui-lists-files = List files found
ui-lists-no-files = No list file (xlsx, xls, ods, csv) was found. Put one on a USB stick or in a shared folder, then look again.
ui-lists-format = Format
ui-lists-rows = Rows
ui-lists-blank = Blank rows (not counted)
ui-lists-sheet = Sheet
ui-lists-mapping = Check the mapping
ui-lists-saved = The mapping saved last time was loaded
ui-lists-suggested = The mapping below is a suggestion: check it column by column.
ui-lists-personal = The list holds personal data: it is shown on this screen only, never written to the database or the logs.
ui-lists-column = Column
ui-lists-samples = e.g.
ui-lists-question = Question it answers
ui-lists-values = What its values mean
ui-lists-carried = Not read (carried through to the result)
ui-lists-value-auto = Read as written
ui-lists-value-blank = Leave unanswered
ui-lists-value-not = Not: { $choice }
ui-lists-unplaced = Not recognised: choose
ui-lists-more-values = There are more values; those not listed are read as written.
ui-lists-read-as-written = Read as written (a number or a date)
ui-lists-complete = This column lists every choice that holds for each person (what it leaves out counts as “no”). Unticked, what it leaves out counts as “not known”.
ui-lists-run = Screen the list
ui-lists-running = Screening
ui-lists-cancel = Cancel
ui-lists-done = Screening done
ui-lists-rows-in = Rows read
ui-lists-screened = Rows screened
ui-lists-in-error = Rows with errors (see the Errors sheet of the result)
ui-lists-output = Result file
ui-lists-open-folder = Open its folder
ui-lists-mapping-kept = The mapping was saved beside the list: next month's list in the same format opens with it.
ui-audit-title = Audit log
ui-audit-at = When
ui-audit-action = What
ui-audit-detail = Detail
audit-sign-in = Staff signed in
audit-sign-out = Staff signed out
audit-quit = App closed by staff
audit-settings = Settings changed
audit-record = Follow-up record saved
audit-erase = Consultation erased on request
audit-export = Export written
audit-directory = Directory entry changed
audit-pack-install = Policy pack installed
audit-pack-rollback = Policy pack rolled back
audit-retention = Personal data erased after the retention period
error-bad-request = The app sent a request it cannot handle ({ $detail }).
error-export = Cannot write { $path }: { $reason }.
error-no-store = There is no database on this computer, so nothing can be looked up or saved.
error-no-consultation = There is no such consultation (it may have been erased).
error-no-consent = Name, phone and note can only be kept once the applicant has agreed: tick the consent box first.
error-too-long = { $field } is too long (at most { $max } characters).
error-pack-file = Cannot use { $path }: { $reason }.
error-app-no-data-dir = This computer has no folder where the app can keep its data.
error-unknown-department = The policy pack has no department “{ $department }”.
error-unknown-measure = The results show no measure “{ $measure }”.
error-pack-not-offered = { $path } is not in an import folder, so it cannot be installed from here. Put the pack file in one of the folders listed.
error-list-not-offered = { $path } is not a list in an import folder, so it cannot be opened from here. Put the list file in one of the folders listed.
error-mapping-not-kept = The mapping could not be kept in { $path } for next time: { $reason }. The list was screened all the same.
error-open-folder = The folder { $path } cannot be opened: { $reason }.
error-pack-file-too-large = { $path } is { $mib } MiB: too large to be a policy pack. Do not use this file.
error-messages = The program's own text file { $file } is damaged; please reinstall the program.
ui-error-unexpected = Something went wrong. Please try again; if it keeps happening, tell staff.
error-no-store-because = The database cannot be used ({ $reason }).
error-fault = The program ran into a fault of its own, and this step was not done. Please try again; if it keeps happening, tell staff.

## This computer's setup

setup-pin-hint = { $min } to { $max } digits; at a kiosk at least { $kiosk }.
setup-export-hint = Left empty, exported files are saved in: { $dir }
ui-setup-title = This computer
ui-setup-lead-needed = This computer is starting for the first time. Staff: please complete the setup below before anyone starts a consultation.
ui-setup-lead-offered = For personal use nothing needs setting up. Staff can make this computer a service-centre kiosk or an office desk here.
ui-setup-lead-done = Saved changes take effect at once; a new use takes effect when the app starts again.
ui-setup-open = Set up this computer (staff)
ui-setup-mode = What this computer is for
ui-setup-mode-kiosk = Kiosk: unattended in a service centre, full screen and locked, wiped when left
ui-setup-mode-office = Office: staff sit with the applicant and may note a follow-up
ui-setup-mode-personal = Personal PC: the applicant's own, a consultation can be continued later
ui-setup-mode-fixed = This computer's use was set when it was deployed (NAVIGATOR_MODE) and cannot be changed here.
ui-setup-pin = Staff PIN
ui-setup-pin-again = Type it again
ui-setup-keypad-pin = The keys below type into “Staff PIN”; tap “Type it again” to switch.
ui-setup-keypad-again = The keys below type into “Type it again”; tap “Staff PIN” to switch back.
ui-setup-pin-keep = Leave empty to keep the PIN.
ui-setup-county = The place this computer serves
ui-setup-county-help = The staff directory opens at this place.
ui-setup-export = Export folder (optional)
ui-setup-printer = The printer is chosen in the system's print dialog when printing; the system remembers the last one.
ui-setup-printer-name = Printer (optional)
ui-setup-printer-help = The name as this computer's list of printers shows it: Print then goes straight to that printer. Left empty, the system's print dialog asks each time. A kiosk prints nothing.
ui-setup-save = Save the setup
ui-setup-saved = The setup is saved.
ui-setup-restart = The setup is saved. This computer's use changed: the app must start again to work the new way.
ui-setup-restart-now = Start again now
ui-staff-nav-setup = This computer
# Read aloud: finished sentences for the ear. No brackets, article numbers or source text, and
# never the person's answers.
speech-option = Option { $ordinal }: { $label }.
speech-press-one = Choose one, then press Next.
speech-press-several = Choose all that apply, then press Next.
speech-press-type = Type it on the screen, then press Next.
speech-results-intro = Here are your results: { $count ->
        [0] no measure suits you now, or is for a department to judge.
        [one] one measure suits you, or is for a department to judge.
       *[other] { $count } measures suit you, or are for a department to judge.
    } A guide only.
speech-summary-title = Do these first.
speech-summary-none = For now there is nothing you can apply for, take part in or use straight away.
speech-summary-item = { $title }: { $status }.
speech-summary-item-on-screen = Item { $ordinal } on the screen: { $status }.
speech-go-first = Go first to { $office }.
speech-go-first-on-screen = Go first to the office this measure's card names on the screen.
speech-offer-on-screen = What it offers is on this measure's card on the screen.
speech-results-more = { $count ->
        [one] One more suits you, or is for a department to judge; it is on the screen.
       *[other] { $count } more suit you, or are for a department to judge; they are on the screen.
    }
speech-results-rest = { $count ->
        [one] One more does not suit you for now; it is on the screen too.
       *[other] { $count } more do not suit you for now; they are on the screen too.
    }
speech-results-more-rest = { $more ->
        [one] One more suits you, or is for a department to judge;
       *[other] { $more } more suit you, or are for a department to judge;
    } { $rest ->
        [one] one does not suit you for now. All are on the screen.
       *[other] { $rest } do not suit you for now. All are on the screen.
    }
speech-results-end = To hear one in full, press the speaker button beside it.
speech-countdown = Are you still there? In { $seconds } seconds your answers will be cleared. If you are still here, press I'm still here.
