//! The department directory (the `directory` table): each department's phone, address and
//! opening hours per county, typed in by the office, because the policy document gives none.
//!
//! A county's office sees its own entries and, where it has none, the entry for every county.
//! This module does not check department or county ids against a pack, and invents no contact
//! details: an entry exists only where staff wrote one.

use rusqlite::params;
use time::OffsetDateTime;

use super::consultations::stamp;
use super::field::{bounded, Field};
use super::{Result, Store, StoreError};

/// Where to reach a department.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DirectoryEntry {
    /// A department id of the pack.
    pub department: String,
    pub phone: String,
    pub address: String,
    pub hours: String,
}

/// The longest value of a directory entry kept (county, department, phone, address, hours), in
/// characters after trimming. Public so that a form can be told it.
pub const DIRECTORY_MAX: usize = 200;

impl Store {
    /// The directory as a county's office sees it: its own entries, and for every department
    /// it has none for, the entry for every county (`''`). Sorted by department id.
    pub fn directory(&self, county: &str) -> Result<Vec<DirectoryEntry>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT department, phone, address, hours FROM directory AS d
             WHERE county = ?1
                OR (county = '' AND NOT EXISTS (SELECT 1 FROM directory
                     WHERE county = ?1 AND department = d.department))
             ORDER BY department",
        )?;
        let rows = stmt.query_map(params![county], |r| {
            Ok(DirectoryEntry {
                department: r.get(0)?,
                phone: r.get(1)?,
                address: r.get(2)?,
                hours: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Saves one department's entry for `county` (`''`: every county), fields trimmed, each at
    /// most 200 characters ([`StoreError::TooLong`]). An entry whose phone, address and hours
    /// are all empty is deleted instead, so that the county falls back to the general entry.
    pub fn set_directory_entry(
        &self,
        county: &str,
        entry: &DirectoryEntry,
        at: OffsetDateTime,
    ) -> Result<()> {
        let county = bounded(Field::County, county, DIRECTORY_MAX)?;
        let department = bounded(Field::Department, &entry.department, DIRECTORY_MAX)?;
        let phone = bounded(Field::Phone, &entry.phone, DIRECTORY_MAX)?;
        let address = bounded(Field::Address, &entry.address, DIRECTORY_MAX)?;
        let hours = bounded(Field::Hours, &entry.hours, DIRECTORY_MAX)?;
        if department.is_empty() {
            return Err(StoreError::Required {
                field: Field::Department,
            });
        }
        let now = stamp(at)?;
        if phone.is_empty() && address.is_empty() && hours.is_empty() {
            self.conn.execute(
                "DELETE FROM directory WHERE county = ?1 AND department = ?2",
                params![county, department],
            )?;
        } else {
            self.conn.execute(
                "INSERT INTO directory (county, department, phone, address, hours, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (county, department) DO UPDATE SET
                    phone = excluded.phone, address = excluded.address,
                    hours = excluded.hours, updated_at = excluded.updated_at",
                params![county, department, phone, address, hours, now],
            )?;
        }
        Ok(())
    }
}
