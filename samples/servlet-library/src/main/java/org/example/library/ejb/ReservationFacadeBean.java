package org.example.library.ejb;

import java.time.LocalDate;
import java.util.List;

import javax.ejb.Local;
import javax.ejb.Stateless;

import org.example.library.dao.BookDao;
import org.example.library.dao.CopyDao;
import org.example.library.dao.ReservationDao;
import org.example.library.db.TransactionHelper;
import org.example.library.exception.BusinessRuleException;
import org.example.library.exception.NotFoundException;
import org.example.library.model.Book;
import org.example.library.model.Copy;
import org.example.library.model.CopyStatus;
import org.example.library.model.Member;
import org.example.library.model.Notice;
import org.example.library.model.Reservation;
import org.example.library.model.ReservationStatus;
import org.example.library.service.LibraryManager;
import org.example.library.util.AppConfig;
import org.example.library.util.DateUtil;
import org.example.library.util.JndiNames;
import org.example.library.util.LibraryClock;
import org.example.library.util.ServiceLocator;

/** Holds session facade: queue per title, first come first served; a ready hold waits on the shelf for pickup. */
@Stateless
@Local(ReservationFacade.class)
public class ReservationFacadeBean implements ReservationFacade {

    private final ReservationDao reservationDao = new ReservationDao();
    private final BookDao bookDao = new BookDao();
    private final CopyDao copyDao = new CopyDao();

    @Override
    public Reservation placeHold(long memberId, long bookId) {
        return TransactionHelper.execute(() -> {
            LibraryManager manager = LibraryManager.getInstance();
            Member member = manager.getMember(memberId);
            manager.checkMayBorrow(member);
            Book book = bookDao.findById(bookId);
            if (book == null) {
                throw new NotFoundException("book " + bookId + " not found");
            }
            if (reservationDao.findOpenByMemberAndBook(memberId, bookId) != null) {
                throw new BusinessRuleException("member " + memberId + " already has a hold on book " + bookId);
            }
            Reservation r = new Reservation();
            r.setBookId(bookId);
            r.setMemberId(memberId);
            r.setPlacedOn(LibraryClock.today());
            r.setStatus(ReservationStatus.WAITING);
            long id = reservationDao.insert(r);
            manager.audit("RESERVATION", id, "PLACE", "book " + bookId);
            if (manager.isTitleAvailable(bookId) && reservationDao.findWaitingByBook(bookId).size() == 1) {
                setAside(reservationDao.findById(id), copyDao.findFirstAvailable(bookId), book.getTitle());
            }
            return getReservation(id);
        });
    }

    @Override
    public Reservation getReservation(long reservationId) {
        Reservation r = reservationDao.findById(reservationId);
        if (r == null) {
            throw new NotFoundException("reservation " + reservationId + " not found");
        }
        return withPosition(r);
    }

    @Override
    public List<Reservation> reservationsOf(long memberId) {
        LibraryManager.getInstance().getMember(memberId);
        List<Reservation> list = reservationDao.findOpenByMember(memberId);
        list.replaceAll(this::withPosition);
        return list;
    }

    @Override
    public Reservation cancel(long reservationId) {
        return TransactionHelper.execute(() -> {
            Reservation r = getReservation(reservationId);
            if (!r.getStatus().isOpen()) {
                throw new BusinessRuleException("reservation " + reservationId + " is " + r.getStatus());
            }
            reservationDao.updateStatus(reservationId, ReservationStatus.CANCELLED);
            if (r.getStatus() == ReservationStatus.READY) {
                releaseCopy(copyDao.findById(r.getCopyId()));
            }
            LibraryManager.getInstance().audit("RESERVATION", reservationId, "CANCEL", null);
            return getReservation(reservationId);
        });
    }

    @Override
    public Reservation copyReturned(Copy copy) {
        List<Reservation> waiting = reservationDao.findWaitingByBook(copy.getBookId());
        if (waiting.isEmpty()) {
            return null;
        }
        Book book = bookDao.findById(copy.getBookId());
        return setAside(waiting.get(0), copy, book.getTitle());
    }

    @Override
    public Reservation findReadyHoldForCopy(long copyId) {
        return reservationDao.findReadyByCopy(copyId);
    }

    @Override
    public void markFulfilled(long reservationId) {
        reservationDao.updateStatus(reservationId, ReservationStatus.FULFILLED);
        LibraryManager.getInstance().audit("RESERVATION", reservationId, "FULFIL", null);
    }

    @Override
    public long countWaiting(long bookId) {
        return reservationDao.findWaitingByBook(bookId).size();
    }

    @Override
    public int expireUncollected(LocalDate today) {
        return TransactionHelper.execute(() -> {
            int expired = 0;
            for (Reservation r : reservationDao.findReadyExpiredBefore(today)) {
                reservationDao.updateStatus(r.getId(), ReservationStatus.EXPIRED);
                releaseCopy(copyDao.findById(r.getCopyId()));
                LibraryManager.getInstance().audit("RESERVATION", r.getId(), "EXPIRE", null);
                expired++;
            }
            return expired;
        });
    }

    private Reservation setAside(Reservation r, Copy copy, String title) {
        LocalDate readyUntil = LibraryClock.today().plusDays(AppConfig.getInt("holds.pickupDays", 7));
        reservationDao.setAside(r.getId(), copy.getId(), readyUntil);
        notifications().notify(r.getMemberId(), Notice.KIND_HOLD_READY, "reservation:" + r.getId(), title,
                DateUtil.format(readyUntil));
        return reservationDao.findById(r.getId());
    }

    /** A set-aside copy is no longer needed by its hold: next in line, or back on the shelf. */
    private void releaseCopy(Copy copy) {
        if (copyReturned(copy) == null) {
            copyDao.updateStatus(copy.getId(), CopyStatus.AVAILABLE);
        }
    }

    private Reservation withPosition(Reservation r) {
        if (r.getStatus() == ReservationStatus.WAITING) {
            List<Reservation> queue = reservationDao.findWaitingByBook(r.getBookId());
            for (int i = 0; i < queue.size(); i++) {
                if (queue.get(i).getId().equals(r.getId())) {
                    r.setPosition(i + 1);
                }
            }
        }
        return r;
    }

    private NotificationFacade notifications() {
        return ServiceLocator.getInstance().lookup(JndiNames.NOTIFICATION_FACADE, NotificationFacade.class);
    }
}
