# Errors and their reasons (English). Each error says what happened, then what can be done about
# it; technical detail goes to the logs only.

## An action in the audit log that this version does not know (written by another version):
## its key is shown as it is.

audit-other = Other action ({ $action })

## Fields named in a refusal (the others use the labels of the staff screens)

field-county = County
field-department = Department

## Why a file operation failed: short clauses, put inside another sentence
## The database

error-store-disk-full = The database cannot be written: the disk is full (or the database has reached the size set for it). Free some disk space and try again.
error-store-read-only = The database cannot be written: the database file or its folder is read-only. Check the folder's permissions.
error-store-busy = Another program is using the database. Close any other program that has it open and try again.
error-store-cannot-open = The database file cannot be opened. Check that the data folder exists and can be accessed.
error-store-damaged = The database file is damaged, or it is not this app's database. It can be restored from a backup.
error-store-refused = The database refused to save this: it breaks one of the database's rules.
error-store-io = The disk failed while the database file was being read or written. Check the disk or storage device.
error-store-newer = The database was written by a newer version of this app (schema { $found }; this version reads up to { $known }), and this version cannot use it. Nothing in it was changed. Install the latest version.
error-store-unexpected = The database had an unexpected error, and the operation was not completed. If this happens again, tell technical support.
error-store-bad-value = A value stored in the database is damaged and cannot be read.
error-store-data-dir = Cannot use { $path }: { $reason }.
error-store-not-yet-erased = The data was erased from the database, but another program is still reading the database, so the old copy of its pages is not yet overwritten. Close the other program (another window of this app, an export, a command in a terminal): the old copy is overwritten the next time the app starts or erases something.
error-store-path-not-utf8 = The database cannot use { $path }: the path has characters it cannot read. Choose another location.
error-required = { $field } must be filled in.

## Exports

error-report-write = The export cannot be written: { $reason }.

## Answers files: what a question takes (inside "it takes { $expected }")

answers-expected-single = one option's code (a string)
answers-expected-multi = a list of option codes
answers-expected-bool = { $yes } or { $no }
answers-expected-number = a number
answers-expected-date = a date (YYYY-MM-DD)
error-answers-not-alone = For question “{ $question }”, “{ $value }” cannot be chosen together with other options.

## The staff PIN

error-pin-bad-hash = The staff PIN kept in the settings file is not valid (this app did not write it). Set the staff PIN again.
error-pin-hash = This computer could not complete the encryption of the staff PIN, so it was not set. Try again.
error-pin-kiosk-digits = A kiosk's staff PIN is at least { $min } digits: anyone passing by can try it.
error-pin-locked-day = Too many wrong tries: the PIN is locked until { $date } { $time }.
error-sign-in-no-store = Staff cannot sign in while the database cannot be used: it keeps the count of wrong PIN tries, which must outlast a restart. Repair the data folder at the computer itself.

## Starting the app

error-app-already-running = The app is already running with this data folder. Use the window that is open.

# Windows: without the WebView2 runtime the window cannot be shown.
error-app-no-webview =
    This computer has no Microsoft Edge WebView2 runtime, which the Startup Support Navigator needs to show its window. Windows 11 and updated Windows 10 have it.
    Without a network: on a computer that has one, open https://developer.microsoft.com/microsoft-edge/webview2/, choose x64 under "Evergreen Standalone Installer", download MicrosoftEdgeWebView2RuntimeInstallerX64.exe and copy it to this computer on a USB stick.
    Run it (as administrator, it installs for every user), then start the Startup Support Navigator again.

## The settings file

error-settings-read = Cannot read the settings file { $path }: { $reason }.
error-settings-parse = { $path } is not a valid settings file and cannot be used. Correct or delete it.
error-settings-parse-line = Line { $line } of the settings file { $path } is wrong: “{ $text }”. Check it against the instructions.
error-settings-bad-value = The setting { $setting } cannot be “{ $value }”: it must be { $expected }.
error-settings-write = Cannot save the settings file { $path }: { $reason }.

# What a setting takes (inside "it must be { $expected }")
settings-expected-one-of = one of { $keys }
settings-expected-whole-seconds = a whole number of seconds
settings-expected-whole-days = a whole number of days
settings-expected-range-seconds = { $min } to { $max } seconds
settings-expected-range-days = { $min } to { $max } days
settings-expected-absolute-path = an absolute path (a full path from the top folder)
settings-expected-true-false = { $yes } or { $no }
settings-expected-pin-hash = a PIN hash written by { $command }
settings-expected-public-key = a public key as { $command } prints it

## Notices about the settings

warn-locked-down = The settings do not say in which mode the app runs, so it runs locked down, as a kiosk. Staff: correct the settings file.

## This computer's setup (the first run, and staff's changes when signed in)

error-set-up-already = This computer is set up already. Sign in with the staff PIN and change it under "This computer".
error-pins-differ = The two PINs typed differ. Please type them again.
error-pin-needed = Please set a staff PIN: without one, staff can never sign in.
error-pin-needed-kiosk = A kiosk needs a new staff PIN of at least { $min } digits.
error-unknown-county = There is no place called "{ $county }".
error-export-folder = { $path } cannot be used as the export folder: { $reason }.
error-settings-already-there = The settings file { $path } is already there; nothing was changed.
settings-expected-key = a name of lower-case letters, digits and _
settings-expected-printer = a printer's name as the computer lists it, on one line, at most { $max } characters
error-export-folder-relative = The export folder must be a whole path, from the drive or the root (such as /home/kim/exports or D:\exports), not just "{ $path }".
