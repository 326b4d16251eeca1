package org.example.library.ejb;

import java.util.List;

import org.example.library.model.Author;
import org.example.library.model.Book;
import org.example.library.model.BookDetails;
import org.example.library.model.Copy;
import org.example.library.model.SearchCriteria;

/** Business interface of the catalog: titles, authors and physical copies. */
public interface CatalogFacade {

    BookDetails getBook(long bookId);

    List<Book> listBooks(String genre);

    List<BookDetails> search(SearchCriteria criteria);

    Book addBook(Book book);

    Author getAuthor(long authorId);

    List<Author> listAuthors();

    List<Book> booksByAuthor(long authorId);

    Author addAuthor(Author author);

    Copy addCopy(long bookId, String barcode, String shelf);

    Copy getCopy(String barcode);

    Copy withdrawCopy(String barcode);
}
