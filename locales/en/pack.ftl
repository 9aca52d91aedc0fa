# Errors of policy packs (English): the problems the pack check finds, and why a pack cannot be used.
# Every message is a whole sentence; ids, values and excerpts in quotes are the pack's own, and a
# parser's own words are shown as its words.

## A pack that cannot be used

error-pack-unreadable = Cannot read the pack folder { $path }: { $reason }.
error-pack-invalid = { $count ->
    [0] The policy pack is not valid.
    [one] The policy pack is not valid: { $first }
   *[other] The policy pack is not valid ({ $count } problems); the first: { $first }
}

## Problems found by the pack check

problem-at-line = { $file }, line { $line }: { $problem }
problem-in-file = { $file }: { $problem }
problem-missing-file = the file is missing
problem-not-text = the file is not UTF-8 text
problem-toml-syntax = TOML syntax error; the parser's own words: “{ $said }”
problem-fluent-syntax = Fluent syntax error; the parser's own words: “{ $said }”
problem-nested-too-deep = placeables (the parts in braces) are nested more than { $max } deep; no text needs that many
problem-unsupported-format = pack format { $format } is not supported (this program reads format { $supported })
problem-unknown-locale = “{ $locale }” is not a supported language
problem-missing-locale = the texts for language { $locale } are missing
problem-duplicate-department = department id “{ $id }” is used twice
problem-duplicate-question = question id “{ $id }” is used twice
problem-duplicate-option = option “{ $id }” is listed twice in the same question
problem-duplicate-measure = measure id “{ $id }” is used twice
problem-duplicate-text = the text “{ $id }” is defined twice in this language's .ftl files
problem-bad-id = “{ $id }” is not a valid id (lowercase letters, digits, - and _, starting with a letter)
problem-question-unknown-kind = question “{ $question }”: there is no kind “{ $kind }” (the kinds are { $kinds })
problem-question-too-few-options = question “{ $question }”: a choice question needs at least two options
problem-question-options-without-choice = question “{ $question }”: only single- and multiple-choice questions have options
problem-question-bounds-without-number = question “{ $question }”: only number questions have min and max
problem-question-bounds-reversed = question “{ $question }”: min must be a finite number no greater than max
problem-question-min-selected-without-multi = question “{ $question }”: only multiple-choice questions have { $key }
problem-question-min-selected-too-large = question “{ $question }”: { $key } is { $min }, but there are only { $options } options
problem-question-unsure-without-choice = question “{ $question }”: only single-choice and yes/no questions take { $key } (not sure)
problem-question-reserved-option = question “{ $question }”: an option cannot be called “{ $option }”, which is kept for “not sure”
problem-question-exclusive-without-multi = question “{ $question }”: only multi-select questions have { $key } options
problem-question-exclusive-not-an-option = question “{ $question }”: the exclusive option “{ $option }” is not one of its options
problem-bad-audience = the audience question “{ $question }” must be a multi-select question of the pack
problem-bad-region = the region question “{ $question }” must be a single-choice question of the pack
problem-unknown-question = measure “{ $measure }”: there is no question “{ $question }”
problem-unknown-option = measure “{ $measure }”: “{ $value }” is not an option of question “{ $question }”
problem-operator-mismatch = measure “{ $measure }”: “{ $operator }” cannot test question “{ $question }” ({ $kind ->
    [single] a single-choice question
    [multi] a multiple-choice question
    [bool] a yes-or-no question
    [number] a number question
   *[date] a date question
})
problem-condition-not-one-shape = measure “{ $measure }”: each condition needs exactly one of { $shapes }
problem-condition-operator-beside-parts = measure “{ $measure }”: all and any take no test operator
problem-condition-no-parts = measure “{ $measure }”: all and any need at least one part
problem-condition-operator-beside-not = measure “{ $measure }”: not takes no test operator
problem-condition-not-one-operator = measure “{ $measure }”: each test needs exactly one operator ({ $operators })
problem-condition-no-options = measure “{ $measure }”: { $operators } need at least one option
problem-condition-not-finite = measure “{ $measure }”: a number test needs a finite number
problem-unknown-department = measure “{ $measure }”: there is no department “{ $department }”
problem-primary-not-listed = measure “{ $measure }”: the contact-first department “{ $department }” is not among its departments
problem-unknown-group = measure “{ $measure }”: group “{ $group }” is not an option of the audience question
problem-no-excerpt = measure “{ $measure }” cites no sentence of the source
problem-excerpt-not-in-source = this sentence is not in the source document: { $excerpt }
problem-article-out-of-range = article { $article } is not an article of the document
problem-bad-date = “{ $date }” is not a date (YYYY-MM-DD, no time)
problem-validity-reversed = measure “{ $measure }”: the start date is after the end date
problem-unused-question = question “{ $question }” is used by no measure, so it would never be asked
problem-missing-message = language { $locale }: the text “{ $id }” is missing
problem-unknown-measure-kind = measure “{ $measure }”: kind “{ $kind }” is not one of { $kinds }
problem-no-first-contact = measure “{ $measure }” does not say which office to go to first ({ $key })
problem-first-contact-not-an-office = measure “{ $measure }”: “{ $department }” is not an office a person can contact, so it cannot be the first contact
problem-discretion-not-reviewed = the source of measure “{ $measure }” says “{ $word }”, a judgement for the department: mark it { $review }, or say in { $exempt } why “{ $word }” decides nothing
problem-sentence-not-covered = article { $article }: this sentence is neither encoded as a measure nor explained as not applicable: { $sentence }

## Why a pack archive (a signed pack for offices without a network) cannot be used

error-archive-not-zip = The file is not a pack archive, or it is damaged. The zip library's own words: “{ $said }”
error-archive-entry-damaged = The file “{ $path }” in the pack archive is damaged and cannot be read. Do not use this file. The zip library's own words: “{ $said }”
error-archive-directory-cut = The file is damaged: the zip's list of entries is cut short. Do not use this file.
error-archive-entry-count = The file is damaged: the zip's list of entries names { $listed }, but only { $found } can be read. Do not use this file.
error-archive-signature-not-text = The signature { $file } in the pack archive is not UTF-8 text, so the file is damaged. Do not use this file.
error-archive-signature-syntax = The signature { $file } in the pack archive has a TOML syntax error on line { $line }, so the file is damaged. The parser's own words: “{ $said }”
error-archive-signature-format = The signature { $file } in the pack archive is in the format “{ $format }”; this program reads only “{ $expected }”. Check with the policy office, or update this program.
error-archive-signature-line = A line of the file list in the signature { $file } cannot be read: “{ $entry }”. Do not use this file.
error-archive-signature-not-canonical = The file list in the signature { $file } is not written the one allowed way (sorted by path, each path once, lowercase hex). Do not use this file.
error-archive-signature-key = The public key in the signature { $file } cannot be read. Do not use this file.
error-archive-signature-encoding = The signature in { $file } is not encoded correctly. Do not use this file.
error-archive-signature-half = The signature { $file } has a public key without a signature, or a signature without a public key. Do not use this file.
error-archive-unsafe-entry = The pack archive holds an entry that is not allowed: “{ $path }”. Do not use this file.
error-archive-too-large-file = The file has { $size } bytes, more than a pack archive may have ({ $limit } bytes), so it cannot be a policy pack. Do not use this file.
error-archive-too-many-entries = The file holds more than { $limit } entries, so it cannot be a policy pack. Do not use this file.
error-archive-too-large-entry = The file “{ $path }” in the pack archive unpacks to more than { $limit } bytes, so it cannot be a file of a policy pack. Do not use this file.
error-archive-too-large-total = The pack archive unpacks to more than { $limit } bytes in all, so it cannot be a policy pack. Do not use this file.
error-archive-unsigned = The pack archive is not signed, so it cannot be trusted. Ask the policy office for a signed pack.
error-archive-bad-signature = The pack archive's signature does not match its contents: it was changed after it was signed. Do not use this file.
error-archive-untrusted-key = The pack archive is signed with a key this office does not trust ({ $key }).
error-archive-tampered = The file “{ $path }” in the pack archive has been changed or damaged since it was signed. Do not use this file.
error-archive-missing-file = The file “{ $path }” is missing from the pack archive.
error-archive-unlisted-file = The file “{ $path }” was added to the pack archive after it was signed. Do not use this file.
error-archive-invalid-pack = { $count ->
    [0] The pack in the archive is not valid.
    [one] The pack in the archive is not valid: { $first }
   *[other] The pack in the archive is not valid ({ $count } problems); the first: { $first }
}
error-archive-io = Cannot use { $path }: { $reason }.
error-archive-not-written = The pack archive could not be made: { $reason }.
error-archive-copy-differs = The copy written to { $path } differs from the file imported, so the pack was not installed. Check the disk and try again.
error-archive-older = This pack ({ $offered }) is older than the one in use ({ $in_use }), so it was not installed: an old pack must not replace a newer one by mistake. To go back on purpose, staff confirm it: in the app's pack screen, or with { $flag } at the command line.
error-archive-other-pack = This pack ({ $offered }) is for another policy than the one in use ({ $in_use }), so it was not installed. To replace the policy on purpose, staff confirm it: in the app's pack screen, or with { $flag } at the command line.
error-archive-bad-key = Not a valid pack signing key: { $reason }.
error-archive-bad-key-file = { $path } is not a valid pack signing key file: { $reason }.
error-archive-key-exists = { $path } already exists and is not overwritten. Choose another folder.
error-archive-randomness = This computer could not make a secure random key.

## Why a key file is not a key (after “… is not a valid pack signing key file: ”)

key-fault-not-text = the file is not text
key-fault-secret-not-public = this is a secret key file, not a public key file
key-fault-public-not-secret = this is a public key file, not a secret key file
key-fault-no-header = the first line must be “{ $header }”
key-fault-missing = the key is missing
key-fault-more-than-one = the file holds more than one key
key-fault-not-base64 = the key is not 32 bytes of base64
key-fault-not-ed25519 = this is not a valid ed25519 public key
