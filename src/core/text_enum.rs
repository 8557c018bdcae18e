//! Enums kept in a text column by their code (as Lemmy's `DbEnum`, for both backends at once):
//! a row is read straight into the enum, and a code this build does not know is an error that
//! names it, never a silent default that would, say, show a closed report as new.
//!
//! An enum opts in with `#[derive(diesel::AsExpression, diesel::FromSqlRow)]`,
//! `#[diesel(sql_type = diesel::sql_types::Text)]`, `code()` and `parse()`, and
//! `text_enum!(Type, "what it is")` (this module's).

/// Reads and writes `$type` as its `code()` in a text column, on any backend.
macro_rules! text_enum {
    ($type:ty, $what:literal) => {
        impl<DB> diesel::deserialize::FromSql<diesel::sql_types::Text, DB> for $type
        where
            DB: diesel::backend::Backend,
            String: diesel::deserialize::FromSql<diesel::sql_types::Text, DB>,
        {
            fn from_sql(bytes: DB::RawValue<'_>) -> diesel::deserialize::Result<Self> {
                let code: String =
                    diesel::deserialize::FromSql::<diesel::sql_types::Text, DB>::from_sql(bytes)?;
                <$type>::parse(&code)
                    .ok_or_else(|| format!("{} {code:?} is unknown to this build", $what).into())
            }
        }

        impl<DB> diesel::serialize::ToSql<diesel::sql_types::Text, DB> for $type
        where
            DB: diesel::backend::Backend,
            str: diesel::serialize::ToSql<diesel::sql_types::Text, DB>,
        {
            fn to_sql<'b>(
                &'b self,
                out: &mut diesel::serialize::Output<'b, '_, DB>,
            ) -> diesel::serialize::Result {
                <str as diesel::serialize::ToSql<diesel::sql_types::Text, DB>>::to_sql(
                    self.code(),
                    out,
                )
            }
        }
    };
}

pub(crate) use text_enum;
