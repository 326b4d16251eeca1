package com.lakeshoremutual.office.service.impl;

import com.lakeshoremutual.office.dao.StaffUserMapper;
import com.lakeshoremutual.office.domain.StaffUser;
import com.lakeshoremutual.office.service.RecordNotFoundException;
import com.lakeshoremutual.office.service.StaffService;
import com.lakeshoremutual.office.util.PasswordDigest;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

public class StaffServiceImpl implements StaffService {

    private static final Log LOG = LogFactory.getLog(StaffServiceImpl.class);

    private StaffUserMapper staffUserMapper;

    public void setStaffUserMapper(StaffUserMapper staffUserMapper) {
        this.staffUserMapper = staffUserMapper;
    }

    public StaffUser authenticate(String username, String password) {
        if (username == null || username.trim().length() == 0) {
            return null;
        }
        StaffUser user = staffUserMapper.findByUsername(username.trim());
        if (user == null || !user.isActive() || !PasswordDigest.matches(password, user.getPasswordHash())) {
            LOG.info("Failed sign-in for " + username);
            return null;
        }
        return user;
    }

    public StaffUser findStaff(Long id) {
        StaffUser user = staffUserMapper.findById(id);
        if (user == null) {
            throw new RecordNotFoundException("staff user", id);
        }
        return user;
    }

    public List<StaffUser> findClaimHandlers() {
        return staffUserMapper.findActiveByRole(Arrays.asList("CLAIMS", "SUPERVISOR"));
    }
}
