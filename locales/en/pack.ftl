# Errors of policy packs (English): the problems the pack check finds, and why a pack cannot be used.
# Every message is a whole sentence; ids, values and excerpts in quotes are the pack's own, and a
# parser's own words are shown as its words.

## A pack that cannot be used

error-pack-unreadable = Cannot read the pack folder { $path }: { $reason }
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
