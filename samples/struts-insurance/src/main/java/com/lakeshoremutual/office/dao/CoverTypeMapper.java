package com.lakeshoremutual.office.dao;

import com.lakeshoremutual.office.domain.CoverType;
import java.util.List;

/** cover_type, the rating table (sqlmap/CoverTypeMapper.xml). */
public interface CoverTypeMapper {

    List<CoverType> findByProduct(String product);

    CoverType findByCode(String code);
}
