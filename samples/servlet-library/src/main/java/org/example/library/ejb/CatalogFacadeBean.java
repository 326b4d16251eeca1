package org.example.library.ejb;

import java.util.ArrayList;
import java.util.List;

import javax.ejb.Local;
import javax.ejb.Stateless;
import javax.ejb.TransactionAttribute;
import javax.ejb.TransactionAttributeType;

import org.example.library.dao.AuthorDao;
import org.example.library.dao.BookDao;
import org.example.library.dao.CopyDao;
import org.example.library.db.TransactionHelper;
import org.example.library.exception.BusinessRuleException;
import org.example.library.exception.NotFoundException;
import org.example.library.exception.ValidationException;
import org.example.library.model.Author;
import org.example.library.model.Book;
import org.example.library.model.BookDetails;
import org.example.library.model.Copy;
import org.example.library.model.CopyStatus;
import org.example.library.model.SearchCriteria;
import org.example.library.service.IsbnValidator;
import org.example.library.service.LibraryManager;
import org.example.library.util.LibraryClock;
import org.example.library.util.StringUtil;
import org.example.library.util.ValidationUtil;

/** Catalog session facade. */
@Stateless
@Local(CatalogFacade.class)
public class CatalogFacadeBean implements CatalogFacade {

    private final BookDao bookDao = new BookDao();
    private final AuthorDao authorDao = new AuthorDao();
    private final CopyDao copyDao = new CopyDao();

    @Override
    public BookDetails getBook(long bookId) {
        Book book = bookDao.findById(bookId);
        if (book == null) {
            throw new NotFoundException("book " + bookId + " not found");
        }
        return new BookDetails(book, authorDao.findById(book.getAuthorId()), copyDao.findByBook(bookId));
    }

    @Override
    public List<Book> listBooks(String genre) {
        return bookDao.findAll(StringUtil.toConstant(genre));
    }

    @Override
    public List<BookDetails> search(SearchCriteria criteria) {
        List<BookDetails> result = new ArrayList<>();
        for (Book b : bookDao.search(criteria)) {
            result.add(new BookDetails(b, null, copyDao.findByBook(b.getId())));
        }
        return result;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Book addBook(Book book) {
        ValidationUtil.required(book.getTitle(), "title");
        ValidationUtil.maxLength(book.getTitle(), 300, "title");
        if (!IsbnValidator.isValid(book.getIsbn())) {
            throw new ValidationException("invalid ISBN: " + book.getIsbn());
        }
        book.setIsbn(IsbnValidator.normalize(book.getIsbn()));
        book.setGenre(StringUtil.toConstant(book.getGenre()));
        return TransactionHelper.execute(() -> {
            if (book.getAuthorId() == null || authorDao.findById(book.getAuthorId()) == null) {
                throw new ValidationException("unknown author " + book.getAuthorId());
            }
            if (bookDao.findByIsbn(book.getIsbn()) != null) {
                throw new BusinessRuleException("a book with ISBN " + book.getIsbn() + " already exists");
            }
            book.setAddedOn(LibraryClock.today());
            long id = bookDao.insert(book);
            LibraryManager.getInstance().audit("BOOK", id, "ADD", book.getTitle());
            return bookDao.findById(id);
        });
    }

    @Override
    public Author getAuthor(long authorId) {
        Author author = authorDao.findById(authorId);
        if (author == null) {
            throw new NotFoundException("author " + authorId + " not found");
        }
        return author;
    }

    @Override
    public List<Author> listAuthors() {
        return authorDao.findAll();
    }

    @Override
    public List<Book> booksByAuthor(long authorId) {
        getAuthor(authorId);
        return bookDao.findByAuthor(authorId);
    }

    @Override
    public Author addAuthor(Author author) {
        ValidationUtil.required(author.getName(), "name");
        return TransactionHelper.execute(() -> {
            if (authorDao.findByName(author.getName()) != null) {
                throw new BusinessRuleException("author " + author.getName() + " already exists");
            }
            return authorDao.findById(authorDao.insert(author));
        });
    }

    @Override
    public Copy addCopy(long bookId, String barcode, String shelf) {
        String code = ValidationUtil.barcode(barcode);
        return TransactionHelper.execute(() -> {
            if (bookDao.findById(bookId) == null) {
                throw new NotFoundException("book " + bookId + " not found");
            }
            if (copyDao.findByBarcode(code) != null) {
                throw new BusinessRuleException("barcode " + code + " is already in use");
            }
            Copy copy = new Copy();
            copy.setBookId(bookId);
            copy.setBarcode(code);
            copy.setShelf(StringUtil.trimToNull(shelf));
            copy.setStatus(CopyStatus.AVAILABLE);
            copy.setAcquiredOn(LibraryClock.today());
            return copyDao.findById(copyDao.insert(copy));
        });
    }

    @Override
    public Copy getCopy(String barcode) {
        Copy copy = copyDao.findByBarcode(ValidationUtil.barcode(barcode));
        if (copy == null) {
            throw new NotFoundException("copy " + barcode + " not found");
        }
        return copy;
    }

    @Override
    public Copy withdrawCopy(String barcode) {
        Copy copy = getCopy(barcode);
        if (copyDao.withdraw(copy.getId()) == 0) {
            throw new BusinessRuleException("copy " + copy.getBarcode() + " is " + copy.getStatus() + " and cannot be withdrawn");
        }
        return copyDao.findById(copy.getId());
    }
}
