/**
 * Wraps every table of lesson text in a focusable, labelled region that scrolls sideways, so a
 * wide table on a phone scrolls inside itself instead of the page, and a keyboard user can reach
 * it (WCAG 2.1.1, axe rule scrollable-region-focusable).
 */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

export function rehypeTableScroll(options: { label: string }) {
  const visit = (node: Node) => {
    node.children = node.children?.map((child) => {
      if (child.type === 'element' && child.tagName === 'table') {
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: options.label },
          children: [child],
        };
      }
      visit(child);
      return child;
    });
  };
  return () => (tree: Node) => visit(tree);
}
