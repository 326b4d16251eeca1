package org.example.library.ejb;

import java.util.List;

import javax.ejb.Local;
import javax.ejb.Stateless;

import org.example.library.dao.MemberDao;
import org.example.library.db.TransactionHelper;
import org.example.library.exception.BusinessRuleException;
import org.example.library.exception.NotFoundException;
import org.example.library.model.Member;
import org.example.library.model.MemberStatus;
import org.example.library.model.Notice;
import org.example.library.service.LibraryManager;
import org.example.library.service.MembershipCardGenerator;
import org.example.library.util.DateUtil;
import org.example.library.util.JndiNames;
import org.example.library.util.LibraryClock;
import org.example.library.util.LibraryConstants;
import org.example.library.util.ServiceLocator;
import org.example.library.util.StringUtil;
import org.example.library.util.ValidationUtil;

/** Membership session facade. */
@Stateless
@Local(MemberFacade.class)
public class MemberFacadeBean implements MemberFacade {

    private final MemberDao memberDao = new MemberDao();

    @Override
    public Member getMember(long memberId) {
        return LibraryManager.getInstance().getMember(memberId);
    }

    @Override
    public Member getMemberByCard(String cardNumber) {
        Member m = memberDao.findByCardNumber(cardNumber);
        if (m == null) {
            throw new NotFoundException("no member with card " + cardNumber);
        }
        return m;
    }

    @Override
    public List<Member> findMembers(String nameFragment) {
        return memberDao.searchByName(StringUtil.defaultString(nameFragment));
    }

    @Override
    public Member register(Member member) {
        member.setFirstName(StringUtil.capitalize(ValidationUtil.required(member.getFirstName(), "firstName")));
        member.setLastName(StringUtil.capitalize(ValidationUtil.required(member.getLastName(), "lastName")));
        member.setEmail(ValidationUtil.email(member.getEmail()));
        return TransactionHelper.execute(() -> {
            if (memberDao.findByEmail(member.getEmail()) != null) {
                throw new BusinessRuleException("email " + member.getEmail() + " is already registered");
            }
            member.setStatus(MemberStatus.ACTIVE);
            member.setJoinedOn(LibraryClock.today());
            member.setExpiresOn(DateUtil.addMonths(member.getJoinedOn(), LibraryConstants.MEMBERSHIP_MONTHS));
            long id = memberDao.insert(member);
            String card = MembershipCardGenerator.cardNumber(id);
            memberDao.updateCardNumber(id, card);
            LibraryManager.getInstance().audit("MEMBER", id, "REGISTER", member.getType().name());
            notifications().notify(id, Notice.KIND_WELCOME, "member:" + id, null, card);
            return memberDao.findById(id);
        });
    }

    @Override
    public Member changeStatus(long memberId, MemberStatus status) {
        return TransactionHelper.execute(() -> {
            Member m = getMember(memberId);
            if (m.getStatus() != status) {
                memberDao.updateStatus(memberId, status);
                LibraryManager.getInstance().audit("MEMBER", memberId, "STATUS", m.getStatus() + " -> " + status);
            }
            return memberDao.findById(memberId);
        });
    }

    @Override
    public Member renewMembership(long memberId) {
        return TransactionHelper.execute(() -> {
            Member m = getMember(memberId);
            java.time.LocalDate from = m.isExpiredOn(LibraryClock.today()) ? LibraryClock.today() : m.getExpiresOn();
            if (memberDao.renew(memberId, DateUtil.addMonths(from, LibraryConstants.MEMBERSHIP_MONTHS)) == 0) {
                throw new BusinessRuleException(String.format("member %d is suspended", memberId));
            }
            LibraryManager.getInstance().audit("MEMBER", memberId, "RENEW", null);
            return memberDao.findById(memberId);
        });
    }

    private NotificationFacade notifications() {
        return ServiceLocator.getInstance().lookup(JndiNames.NOTIFICATION_FACADE, NotificationFacade.class);
    }
}
