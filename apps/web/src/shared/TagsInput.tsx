import { Select, type SelectProps } from 'antd';

/**
 * Words typed as tags (topics, a feed's words): Enter, a comma or a semicolon ends one, and no list
 * opens (there is nothing to choose from). A form's field: it takes the item's value and onChange.
 */
export function TagsInput(
  props: Omit<SelectProps<string[]>, 'mode' | 'open' | 'suffixIcon' | 'tokenSeparators'>,
) {
  return (
    <Select<string[]> mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', ';']} {...props} />
  );
}
