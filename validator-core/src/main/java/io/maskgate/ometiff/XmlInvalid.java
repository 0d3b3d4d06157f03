package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** The OME-XML must be well-formed UTF-8 and valid against the OME 2016-06 schema. */
@RuleInfo(code = "OMETIFF_XML_INVALID", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "The OME-XML must be well-formed UTF-8 and valid against the OME 2016-06 schema.",
        hint = "Fix the element or attribute named in the message; HuBMAP validates against the 2016-06 schema and rejects the file otherwise.")
public final class XmlInvalid implements Rule {
}
