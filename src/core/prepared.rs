//! Query pieces that let the database keep a statement prepared.
//!
//! Diesel's `eq_any` writes one placeholder per value on SQLite and marks the whole statement
//! unsafe to cache, so every query that filters by a list of places or states was parsed and
//! planned again on every request: a quarter of a busy home page's CPU (perf, benches/pages.sh).
//! [`any_of`] binds the list as one value instead — a JSON array read by `json_each` on SQLite,
//! an array compared with `= ANY` on PostgreSQL — so the SQL text is the same whatever the list
//! and the statement is prepared once per connection. [`fixed_sql`] is the same for a fixed
//! piece of SQL, which diesel's `sql()` would also mark unsafe to cache.

use diesel::expression::{AppearsOnTable, Expression, SelectableExpression, ValidGrouping};
use diesel::pg::Pg;
use diesel::query_builder::{AstPass, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{Array, Bool, HasSqlType, SingleValue, SqlType, Text};
use diesel::sqlite::Sqlite;
use diesel::QueryResult;

use super::db::MultiBackend;

#[derive(Debug, Clone)]
pub struct AnyOf<C, T> {
    column: C,
    values: Vec<T>,
    /// The values as a JSON array, for SQLite.
    json: String,
}

/// `column` equals one of `values` (none: false). `column` must be of a non-null type
/// (`assume_not_null()` on a nullable one).
pub fn any_of<C, T>(column: C, values: impl IntoIterator<Item = T>) -> AnyOf<C, T>
where
    T: serde::Serialize,
{
    let values: Vec<T> = values.into_iter().collect();
    let json = serde_json::to_string(&values).expect("a list of numbers or strings is JSON");
    AnyOf {
        column,
        values,
        json,
    }
}

impl<C: Expression, T> Expression for AnyOf<C, T> {
    type SqlType = Bool;
}

impl<C, T, QS> AppearsOnTable<QS> for AnyOf<C, T> where C: AppearsOnTable<QS> {}

impl<C, T, QS> SelectableExpression<QS> for AnyOf<C, T> where C: SelectableExpression<QS> {}

impl<C, T, GB> ValidGrouping<GB> for AnyOf<C, T>
where
    C: ValidGrouping<GB>,
{
    type IsAggregate = C::IsAggregate;
}

/// No static id: the statement cache keys it by its SQL, which does not depend on the values.
impl<C, T> QueryId for AnyOf<C, T> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<C, T> QueryFragment<Sqlite> for AnyOf<C, T>
where
    C: QueryFragment<Sqlite>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Sqlite>) -> QueryResult<()> {
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" IN (SELECT value FROM json_each(");
        out.push_bind_param::<Text, String>(&self.json)?;
        out.push_sql("))");
        Ok(())
    }
}

impl<C, T, ST> QueryFragment<Pg> for AnyOf<C, T>
where
    C: QueryFragment<Pg> + Expression<SqlType = ST>,
    ST: SingleValue,
    Pg: HasSqlType<ST>,
    Vec<T>: ToSql<Array<ST>, Pg>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, Pg>) -> QueryResult<()> {
        self.column.walk_ast(out.reborrow())?;
        out.push_sql(" = ANY(");
        out.push_bind_param::<Array<ST>, Vec<T>>(&self.values)?;
        out.push_sql(")");
        Ok(())
    }
}

impl<C, T> QueryFragment<MultiBackend> for AnyOf<C, T>
where
    Self: QueryFragment<Sqlite> + QueryFragment<Pg>,
{
    fn walk_ast<'b>(&'b self, pass: AstPass<'_, 'b, MultiBackend>) -> QueryResult<()> {
        MultiBackend::walk_variant_ast(self, pass)
    }
}

/// A fixed piece of SQL of type `ST`: unlike `diesel::dsl::sql`, its statement can stay
/// prepared, as its text never changes (never build one from a `format!`: every different
/// text would be kept as a statement of its own).
#[derive(Debug, Clone, Copy)]
pub struct FixedSql<ST> {
    sql: &'static str,
    kind: std::marker::PhantomData<ST>,
}

pub fn fixed_sql<ST>(sql: &'static str) -> FixedSql<ST> {
    FixedSql {
        sql,
        kind: std::marker::PhantomData,
    }
}

impl<ST: SqlType + diesel::expression::TypedExpressionType> Expression for FixedSql<ST> {
    type SqlType = ST;
}

impl<ST, QS> AppearsOnTable<QS> for FixedSql<ST> where Self: Expression {}

impl<ST, QS> SelectableExpression<QS> for FixedSql<ST> where Self: Expression {}

impl<ST, GB> ValidGrouping<GB> for FixedSql<ST> {
    type IsAggregate = diesel::expression::is_aggregate::Never;
}

impl<ST> QueryId for FixedSql<ST> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<ST, DB: diesel::backend::Backend> QueryFragment<DB> for FixedSql<ST> {
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        out.push_sql(self.sql);
        Ok(())
    }
}
