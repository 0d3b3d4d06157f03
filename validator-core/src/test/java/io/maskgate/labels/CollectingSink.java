package io.maskgate.labels;

import io.maskgate.rules.RuleMeta;

import java.util.ArrayList;
import java.util.List;

/** Test sink: lists every label finding. */
final class CollectingSink implements LabelFindingSink {

    record Item(String code, int time, int label, String message) {
    }

    final List<Item> items = new ArrayList<>();
    int counted;

    @Override
    public boolean count(RuleMeta rule) {
        counted++;
        return true;
    }

    @Override
    public void report(RuleMeta rule, int time, int label, String message) {
        items.add(new Item(rule.code(), time, label, message));
    }

    List<String> codes() {
        return items.stream().map(Item::code).distinct().sorted().toList();
    }
}
