package io.maskgate.ometiff;

import io.maskgate.rules.Category;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

/** Reported by {@link OmeTiffMaskAnalyzer} before it parses the OME-XML. */
@RuleInfo(code = "OMETIFF_OME_XML_TOO_LARGE", severity = Severity.ERROR, category = Category.OME_TIFF,
        summary = "The OME-XML of a mask must be at most the document size limit (16 MiB unless --max-document-size says otherwise).",
        hint = "Mask OME-XML is a few kilobytes; move large annotations out of the image, or raise the limit if they belong there.")
public final class OmeXmlTooLarge implements Rule {
}
