package com.lakeshoremutual.office.dao;

import com.lakeshoremutual.office.domain.Policyholder;

/** policyholder (sqlmap/PolicyholderMapper.xml). */
public interface PolicyholderMapper {

    Policyholder findById(Long id);

    void insert(Policyholder holder);
}
