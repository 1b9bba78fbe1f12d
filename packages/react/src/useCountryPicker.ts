import { type CountryCode, type CountryOption, filterCountries } from '@verikit/core/phone';
import {
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

type Props = Record<string, unknown>;

/** A country in the picker, with its name in the field's locale. */
export interface PhoneCountryOption extends CountryOption {
  /** Listed in `preferredCountries`: shown first. */
  isPreferred: boolean;
}

export interface UseCountryPickerOptions {
  /** Every country the picker offers, preferred first. */
  allOptions: readonly PhoneCountryOption[];
  /** The selected (or detected) country. */
  country: CountryCode | undefined;
  /** Called with the country the person picked (Enter or a click). */
  onSelect: (country: CountryCode) => void;
  /** Where focus returns after a pick: the number input. */
  returnFocusRef: RefObject<HTMLElement | null>;
  /** Prefix of the popup's, list's and options' ids. */
  idPrefix: string;
  isDisabled: boolean;
  isReadOnly: boolean;
  labels: {
    countryButtonLabel?: ((option: PhoneCountryOption | undefined) => string) | undefined;
    searchLabel?: string | undefined;
    listboxLabel?: string | undefined;
  };
}

/** The picker's prop objects and state (the behaviour half of `usePhoneField`'s country picker). */
export interface CountryPickerAria {
  /** For the `<button>` that opens the country picker. */
  countryButtonProps: Props & { ref: RefObject<HTMLButtonElement | null> };
  /** For the picker's popup (holds the search box and the list). */
  popoverProps: Props & { ref: RefObject<HTMLDivElement | null>; hidden: boolean };
  /** For the picker's search `<input>`: the APG combobox (`aria-controls`, `aria-activedescendant`, …). */
  searchInputProps: Props & { ref: RefObject<HTMLInputElement | null>; value: string };
  /** For the picker's list element: the listbox. */
  listboxProps: Props & { id: string; ref: (element: HTMLElement | null) => void };
  /** For each option element of the listbox. */
  getOptionProps: (option: PhoneCountryOption) => Props & { id: string };
  /** The countries matching the search, preferred first. */
  options: readonly PhoneCountryOption[];
  /** The selected country's option. */
  selectedOption: PhoneCountryOption | undefined;
  /** The option the arrow keys point at while the picker is open. */
  activeOption: PhoneCountryOption | undefined;
  /** The popup is open. */
  isOpen: boolean;
  /** Opens the popup, the search starting with `initialSearch`. */
  open: (initialSearch?: string) => void;
  /** Closes the popup; focus goes to the button (default), the number input, or stays. */
  close: (options?: { focus?: 'button' | 'input' | false }) => void;
}

/**
 * The country picker's behaviour, react-aria style: the ARIA APG combobox (a search box over a listbox) opened from a
 * button. Type to filter by name, dial code or ISO code; arrows, Page Up/Down, Home/End, Enter, Escape; typing on the
 * closed button starts a search. It holds only the popup's own state (open, search, active option); the selected
 * country is the caller's.
 */
export function useCountryPicker(pickerOptions: UseCountryPickerOptions): CountryPickerAria {
  const { allOptions, country, onSelect, returnFocusRef, idPrefix, isDisabled, isReadOnly, labels } =
    pickerOptions;
  const popoverId = `${idPrefix}-popover`;
  const listboxId = `${idPrefix}-listbox`;
  const optionId = (option: CountryOption) => `${idPrefix}-option-${option.country}`;

  const [isOpen, setIsOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [activeCountry, setActiveCountry] = useState<CountryCode | undefined>(undefined);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const popoverRef = useRef<HTMLDivElement | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const listboxRef = useRef<HTMLElement | null>(null);

  const filtered = useMemo(() => filterCountries(allOptions, search), [allOptions, search]);
  const selectedOption = allOptions.find((option) => option.country === country);
  const activeOption = filtered.find((option) => option.country === activeCountry) ?? filtered[0];

  useEffect(() => {
    if (isOpen) searchRef.current?.focus();
  }, [isOpen]);
  useEffect(() => {
    if (!isOpen || !activeOption) return;
    const element = listboxRef.current?.querySelector(`[id="${optionId(activeOption)}"]`);
    element?.scrollIntoView?.({ block: 'nearest' });
  });

  const open = (initialSearch = '') => {
    if (isDisabled || isReadOnly) return;
    setSearch(initialSearch);
    setActiveCountry(initialSearch ? undefined : country);
    setIsOpen(true);
  };
  const close: CountryPickerAria['close'] = ({ focus = 'button' } = {}) => {
    setIsOpen(false);
    setSearch('');
    if (focus === 'button') buttonRef.current?.focus();
    if (focus === 'input') returnFocusRef.current?.focus();
  };
  const choose = (option: PhoneCountryOption | undefined) => {
    if (option) onSelect(option.country);
    close({ focus: 'input' });
  };

  const moveActive = (to: number) => {
    const target = filtered[Math.max(0, Math.min(filtered.length - 1, to))];
    if (target) setActiveCountry(target.country);
  };
  const activeIndex = activeOption ? filtered.indexOf(activeOption) : -1;

  const countryButtonLabel =
    labels.countryButtonLabel ??
    ((option: PhoneCountryOption | undefined) =>
      option ? `Country: ${option.name} +${option.callingCode}` : 'Choose a country');

  const countryButtonProps: CountryPickerAria['countryButtonProps'] = {
    ref: buttonRef,
    type: 'button',
    'aria-label': countryButtonLabel(selectedOption),
    'aria-haspopup': 'listbox',
    'aria-expanded': isOpen,
    'aria-controls': isOpen ? popoverId : undefined,
    disabled: isDisabled || undefined,
    'aria-disabled': isReadOnly || undefined,
    onClick: () => (isOpen ? close() : open()),
    onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        open();
      } else if (
        event.key.length === 1 &&
        event.key !== ' ' &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.altKey
      ) {
        // Typing on the closed button starts the search, like a native select's type-ahead.
        event.preventDefault();
        open(event.key);
      }
    },
  };

  const popoverProps: CountryPickerAria['popoverProps'] = {
    ref: popoverRef,
    id: popoverId,
    hidden: !isOpen,
    onBlur: (event: FocusEvent<HTMLDivElement>) => {
      const next = event.relatedTarget as Node | null;
      if (popoverRef.current?.contains(next) || buttonRef.current?.contains(next)) return;
      close({ focus: false });
    },
  };

  const searchInputProps: CountryPickerAria['searchInputProps'] = {
    ref: searchRef,
    type: 'text',
    role: 'combobox',
    'aria-label': labels.searchLabel ?? 'Search countries',
    'aria-autocomplete': 'list',
    'aria-expanded': isOpen,
    'aria-controls': listboxId,
    'aria-activedescendant': isOpen && activeOption ? optionId(activeOption) : undefined,
    autoComplete: 'off',
    autoCorrect: 'off',
    spellCheck: false,
    value: search,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setSearch(event.currentTarget.value);
      setActiveCountry(undefined);
    },
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      switch (event.key) {
        case 'ArrowDown':
          moveActive(activeIndex + 1);
          break;
        case 'ArrowUp':
          moveActive(activeIndex - 1);
          break;
        case 'PageDown':
          moveActive(activeIndex + 10);
          break;
        case 'PageUp':
          moveActive(activeIndex - 10);
          break;
        case 'Home':
          moveActive(0);
          break;
        case 'End':
          moveActive(filtered.length - 1);
          break;
        case 'Enter':
          choose(activeOption);
          break;
        case 'Escape':
          close();
          break;
        default:
          return;
      }
      event.preventDefault();
      event.stopPropagation();
    },
  };

  const listboxProps: CountryPickerAria['listboxProps'] = {
    // A callback ref fits whatever element the caller renders the list as (`ul`, `div`, …).
    ref: (element) => {
      listboxRef.current = element;
    },
    id: listboxId,
    role: 'listbox',
    'aria-label': labels.listboxLabel ?? 'Countries',
    // Clicks in the list (options, scrollbar) keep focus in the search box, so the popup does not blur shut.
    onMouseDown: (event: MouseEvent) => event.preventDefault(),
  };

  const getOptionProps = (option: PhoneCountryOption) => ({
    id: optionId(option),
    role: 'option',
    'aria-selected': option.country === country,
    'data-active': option.country === activeOption?.country ? '' : undefined,
    'data-selected': option.country === country ? '' : undefined,
    'data-preferred': option.isPreferred ? '' : undefined,
    onClick: () => choose(option),
    onMouseMove: () => {
      if (option.country !== activeOption?.country) setActiveCountry(option.country);
    },
  });

  return {
    countryButtonProps,
    popoverProps,
    searchInputProps,
    listboxProps,
    getOptionProps,
    options: filtered,
    selectedOption,
    activeOption: isOpen ? activeOption : undefined,
    isOpen,
    open,
    close,
  };
}
