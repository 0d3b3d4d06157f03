package io.maskgate.ometiff;

import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Rule;

/** A rule that checks the TIFF layout and OME-XML of one file (no pixels). */
interface OmeTiffMetadataCheck extends Rule {
    void check(OmeTiffLayout layout, FindingSink sink);
}
