package org.examsuite.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

/**
 * What every table of a service's database holds (its own tables and the platform's outbox and
 * processed events alike), as a row count and a digest of the rows' contents, to show that a
 * request changed nothing. The digest is computed by PostgreSQL, which every service's tests run on.
 */
public record DatabaseSnapshot(Map<String, Contents> tables) {

    /**
     * The outbox relay marks each event sent at its own pace, after the commit that wrote it, so a
     * refused request may overlap that mark for an earlier request's event; it is no change of the
     * request's own.
     */
    private static final String RELAY_MARK = "outbox_event.published_at";

    public record Contents(long rows, String digest) {
    }

    public static DatabaseSnapshot of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Contents> tables = new TreeMap<>();
            for (String table : tables(connection)) {
                tables.put(table, contents(connection, table, columns(connection, table)));
            }
            return new DatabaseSnapshot(tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database", e);
        }
    }

    /** Throws an AssertionError naming each table whose rows differ from {@code earlier}'s. */
    public void assertUnchangedSince(DatabaseSnapshot earlier) {
        Set<String> names = new TreeSet<>(earlier.tables.keySet());
        names.addAll(tables.keySet());
        List<String> changes = new ArrayList<>();
        for (String table : names) {
            Contents before = earlier.tables.get(table);
            Contents after = tables.get(table);
            if (!Objects.equals(before, after)) {
                changes.add(table + ": " + describe(before) + " -> " + describe(after));
            }
        }
        if (!changes.isEmpty()) {
            throw new AssertionError("The database changed: " + String.join("; ", changes));
        }
    }

    private static String describe(Contents contents) {
        return contents == null ? "no table" : contents.rows() + " rows (digest " + contents.digest() + ")";
    }

    private static List<String> tables(Connection connection) throws SQLException {
        return strings(connection, "select table_name from information_schema.tables where table_schema = current_schema() "
                + "and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by table_name");
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        for (String column : strings(connection, "select column_name from information_schema.columns "
                + "where table_schema = current_schema() and table_name = ? order by ordinal_position", table)) {
            if (!RELAY_MARK.equals(table + "." + column)) {
                columns.add('"' + column + '"');
            }
        }
        return columns;
    }

    private static Contents contents(Connection connection, String table, List<String> columns) throws SQLException {
        String row = "md5(row(" + String.join(", ", columns) + ")::text)";
        String sql = "select count(*), md5(coalesce(string_agg(r, ',' order by r), '')) from (select " + row
                + " as r from \"" + table + "\") t";
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return new Contents(result.getLong(1), result.getString(2));
        }
    }

    private static List<String> strings(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        }
    }
}
