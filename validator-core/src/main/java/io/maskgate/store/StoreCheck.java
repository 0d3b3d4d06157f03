package io.maskgate.store;

import io.maskgate.rules.FindingSink;

/** The check method of a mask-store profile rule. */
interface StoreCheck {
    void check(StoreModel store, FindingSink sink);
}
