# Why the operating system could not read or write a file (English), inside sentences such as
# “Cannot use …: ”.

io-not-found = there is no such file or folder
io-permission-denied = permission was refused
io-already-exists = a file or folder of that name already exists
io-storage-full = the disk is full
io-read-only = the disk or folder is read-only
io-is-a-directory = it is a folder, not a file
io-not-a-directory = part of the path is a file, not a folder
io-invalid-data = the contents are invalid or damaged
io-too-large = the file is too large
io-busy = another program is using it
io-other = the system reported a read or write error
