// placeholder entry: replaced by the meter work (issue 2)
export {};
