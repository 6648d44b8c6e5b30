// A field that only reads columns its type always selects (the prismaObject's `select`) is
// resolved straight from the row. Without this, the Prisma plugin treats every exposed column of
// a select-mode type as a selection of its own and, for every row of every list, looks up how
// that column was loaded before reading it: on a 25-row work queue that was most of the API's
// CPU per request. The columns still reach the query, through the type's own selection.
//
// Registered after the Prisma plugin, whose field configs it reads.
import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from "@pothos/core";

const PLUGIN_NAME = "typeColumns" as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- the shape Pothos requires
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      typeColumns: TypeColumnsPlugin<Types>;
    }
  }
}

type Selection = Record<string, unknown>;

export class TypeColumnsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.kind !== "PrismaObject") return fieldConfig;
    const { pothosPrismaSelect: fieldSelect, ...extensions } = fieldConfig.extensions ?? {};
    if (!isColumnsOnly(fieldSelect)) return fieldConfig;
    const typeSelect = this.buildCache.getTypeConfig(fieldConfig.parentType).extensions?.pothosPrismaSelect as
      Selection | undefined;
    const alwaysSelected = !!typeSelect && Object.keys(fieldSelect).every((column) => typeSelect[column] === true);
    return alwaysSelected ? { ...fieldConfig, extensions } : fieldConfig;
  }
}

/** `{ column: true, … }`: plain columns, no relation, count or function selection. */
function isColumnsOnly(select: unknown): select is Selection {
  return (
    !!select &&
    typeof select === "object" &&
    Object.keys(select).length > 0 &&
    Object.values(select).every((value) => value === true)
  );
}

SchemaBuilder.registerPlugin(PLUGIN_NAME, TypeColumnsPlugin);

export default PLUGIN_NAME;
