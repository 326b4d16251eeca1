package org.example.library.db;

import java.sql.SQLException;

/** Work done inside {@link TransactionHelper#execute(TransactionCallback)}. */
public interface TransactionCallback<T> {

    T doInTransaction() throws SQLException;
}
