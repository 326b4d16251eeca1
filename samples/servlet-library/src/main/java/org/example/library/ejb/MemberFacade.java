package org.example.library.ejb;

import java.util.List;

import org.example.library.model.Member;
import org.example.library.model.MemberStatus;

/** Business interface of membership: registration, lookup, status. */
public interface MemberFacade {

    Member getMember(long memberId);

    Member getMemberByCard(String cardNumber);

    List<Member> findMembers(String nameFragment);

    Member register(Member member);

    Member changeStatus(long memberId, MemberStatus status);

    Member renewMembership(long memberId);
}
