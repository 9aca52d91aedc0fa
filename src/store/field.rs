//! The text fields staff type into a follow-up record or the department directory: their
//! names, their length limits, and the trimming every value gets before it is kept.
//!
//! A refusal names its field as a [`Field`], so that every caller words it the same way, in
//! the reader's language. The limits belong to the tables they guard and are public there
//! ([`super::NAME_MAX`], [`super::PHONE_MAX`], [`super::NOTE_MAX`], [`super::DIRECTORY_MAX`]),
//! so that a form is told them rather than copying the numbers. This module does not know
//! which field a form shows.

use super::{Result, StoreError};

/// One text field of a record or a directory entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The applicant's name, in a record.
    Name,
    /// A phone number: the applicant's in a record, a department's in the directory.
    Phone,
    /// Staff's note, in a record.
    Note,
    /// The county a directory entry is for.
    County,
    /// The department a directory entry is for.
    Department,
    Address,
    Hours,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Name,
        Field::Phone,
        Field::Note,
        Field::County,
        Field::Department,
        Field::Address,
        Field::Hours,
    ];

    /// The field's name in code and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::Name => "name",
            Field::Phone => "phone",
            Field::Note => "note",
            Field::County => "county",
            Field::Department => "department",
            Field::Address => "address",
            Field::Hours => "hours",
        }
    }

    /// The id of the Fluent message that names the field: the label the staff screens give it.
    pub fn message_id(self) -> &'static str {
        match self {
            Field::Name => "ui-record-name",
            Field::Phone => "ui-record-phone",
            Field::Note => "ui-record-note",
            Field::County => "field-county",
            Field::Department => "field-department",
            Field::Address => "ui-address",
            Field::Hours => "ui-hours",
        }
    }
}

/// `text` trimmed, if it has at most `max` characters ([`StoreError::TooLong`] otherwise).
pub(super) fn bounded(field: Field, text: &str, max: usize) -> Result<&str> {
    let text = text.trim();
    if text.chars().count() > max {
        return Err(StoreError::TooLong { field, max });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_length_is_counted_in_characters_after_trimming() {
        let fifty = "张".repeat(50);
        assert_eq!(
            bounded(Field::Name, &format!(" {fifty} "), 50).ok(),
            Some(&*fifty)
        );
        assert!(matches!(
            bounded(Field::Name, &"张".repeat(51), 50),
            Err(StoreError::TooLong {
                field: Field::Name,
                max: 50
            })
        ));
    }
}
