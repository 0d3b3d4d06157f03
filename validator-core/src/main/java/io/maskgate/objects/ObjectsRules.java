package io.maskgate.objects;

import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleSet;

import java.util.List;

/** The rules of the HuBMAP objects tables and adjacency CSVs area (codes {@code OBJECTS_*}). */
public final class ObjectsRules implements RuleSet {

    @Override
    public List<Class<? extends Rule>> rules() {
        return List.of(
                // reading
                TsvUnreadable.class, XlsxUnreadable.class, XlsxZipBomb.class, XlsxSheet.class,
                // structure
                ColumnHeaderMissing.class, HeaderBlockMissing.class, HeaderBlockMalformed.class, HeaderLegacyForm.class,
                SeparatorRow.class, ColumnName.class, ColumnNameSpelling.class, RequiredColumn.class, ObjectIdColumn.class,
                // header attributes
                AttributeType.class, AttributeUnit.class, AttributeFeatureClass.class, AttributeDescription.class,
                AttributeRequirement.class, AttributeDoi.class, TemplateAttribute.class,
                // values
                ValueMissing.class, ValueInteger.class, ValueFloat.class, ValueBoolean.class, ValueOboId.class,
                ValueOboIdShort.class, ValueDoi.class, ValuePermissible.class, ObjectIdInvalid.class,
                ObjectIdDuplicate.class, BlankRow.class, TableEmpty.class,
                // files, names and masks
                SourceFile.class, MaskNameUnknown.class, MaskNamePrefix.class, NameDigits.class, NameCase.class,
                TableBothFormats.class, MaskWithoutTable.class, TableName.class,
                RowWithoutLabel.class, LabelWithoutRow.class, CentroidOutside.class,
                // adjacency
                AdjacencyOrphan.class, AdjacencyParse.class, AdjacencyUnknownObject.class, AdjacencyNoIdColumns.class);
    }

    /** Fresh instances of the rules that run over one table (they keep per-table state), in run order. */
    static List<TableCheck> tableChecks() {
        return List.of(new ColumnName(), new ColumnNameSpelling(), new RequiredColumn(), new ObjectIdColumn(),
                new AttributeType(), new AttributeUnit(), new AttributeFeatureClass(), new AttributeDescription(),
                new AttributeRequirement(), new AttributeDoi(), new TemplateAttribute(),
                new ValueMissing(), new ValueInteger(), new ValueFloat(), new ValueBoolean(), new ValueOboId(),
                new ValueOboIdShort(), new ValueDoi(), new ValuePermissible(), new ObjectIdInvalid(),
                new ObjectIdDuplicate(), new BlankRow(), new TableEmpty(),
                new SourceFile(), new MaskNameUnknown(), new MaskNamePrefix(), new NameDigits(), new NameCase(),
                new RowWithoutLabel(), new LabelWithoutRow(), new CentroidOutside());
    }
}
