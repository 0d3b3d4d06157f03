package io.maskgate.objects;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleCatalog;
import io.maskgate.rules.RuleList;
import io.maskgate.rules.RuleMeta;
import io.maskgate.rules.RuleSet;

import java.util.List;

/**
 * The rules of the HuBMAP objects tables and adjacency CSVs area (codes {@code OBJECTS_*}), registered once
 * in run order; the per-table run list is the registered rules that are a {@link TableCheck}.
 */
public final class ObjectsRules implements RuleSet {

    private static final RuleList RULES = RuleList.of(
            // reading
            TsvUnreadable::new, XlsxUnreadable::new, XlsxZipBomb::new, XlsxSheet::new,
            // structure
            ColumnHeaderMissing::new, HeaderBlockMissing::new, HeaderBlockMalformed::new, HeaderLegacyForm::new,
            SeparatorRow::new, ColumnName::new, ColumnNameSpelling::new, RequiredColumn::new, ObjectIdColumn::new,
            // header attributes
            AttributeType::new, AttributeUnit::new, AttributeFeatureClass::new, AttributeDescription::new,
            AttributeRequirement::new, AttributeDoi::new, TemplateAttribute::new,
            // values
            ValueMissing::new, ValueInteger::new, ValueFloat::new, ValueBoolean::new, ValueOboId::new,
            ValueOboIdShort::new, ValueDoi::new, ValuePermissible::new, ObjectIdInvalid::new,
            ObjectIdDuplicate::new, BlankRow::new, TableEmpty::new,
            // files, names and masks
            SourceFile::new, MaskNameUnknown::new, MaskNamePrefix::new, NameDigits::new, NameCase::new,
            TableBothFormats::new, MaskWithoutTable::new, TableName::new,
            RowWithoutLabel::new, LabelWithoutRow::new, CentroidOutside::new,
            // adjacency
            AdjacencyOrphan::new, AdjacencyParse::new, AdjacencyUnknownObject::new, AdjacencyNoIdColumns::new);

    private static final RuleCatalog CATALOG = new RuleCatalog(List.of(new ObjectsRules()));

    @Override
    public List<Class<? extends Rule>> rules() {
        return RULES.classes();
    }

    /** The metadata of the objects rule with {@code code}. */
    static RuleMeta meta(String code) {
        return CATALOG.byCode(code).orElseThrow(() -> new IllegalArgumentException("not an objects rule: " + code));
    }

    /** Fresh instances of the rules that run over one table (they keep per-table state), in run order. */
    static List<TableCheck> tableChecks() {
        return RULES.fresh(TableCheck.class);
    }
}
