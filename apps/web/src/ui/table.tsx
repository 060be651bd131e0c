import type { ReactNode } from 'react';
import { Table, TableCaption, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

/**
 * A captioned table that scrolls on its own on a narrow screen, reachable by keyboard (a named
 * region). `columns`: the column headers, in order; `children`: the table's body.
 */
export function ScrollTable({
  label,
  caption,
  columns,
  children,
}: {
  label: string;
  caption: string;
  columns: ReactNode[];
  children: ReactNode;
}) {
  return (
    <div className="c-table-scroll" tabIndex={0} role="region" aria-label={label}>
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column, i) => (
              // The columns are fixed for one table: their place is their identity.
              <TableHeaderCell key={i} scope="col">
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        {children}
      </Table>
    </div>
  );
}
