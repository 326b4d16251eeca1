package com.lakeshoremutual.office.service;

import com.lakeshoremutual.office.domain.StaffUser;
import java.util.List;

/** Office staff: sign-in and the claims handlers' authority. */
public interface StaffService {

    /** The active user with this name and password, or null. */
    StaffUser authenticate(String username, String password);

    StaffUser findStaff(Long id);

    /** Active claims handlers and supervisors, by name (the handler list of the claim form). */
    List<StaffUser> findClaimHandlers();
}
