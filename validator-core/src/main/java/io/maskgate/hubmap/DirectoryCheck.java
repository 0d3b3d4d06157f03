package io.maskgate.hubmap;

import io.maskgate.rules.FindingSink;

/** A rule over a dataset's directory check. */
public interface DirectoryCheck {
    void check(DirectoryOutcome outcome, FindingSink sink);
}
