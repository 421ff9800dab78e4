package org.recourse.security.internal;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts for Spring Security's login. */
@Service
class AccountUserDetails implements UserDetailsService {

    private final Users users;

    AccountUserDetails(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var account = users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        String hash = users.passwordHash(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return User.withUsername(account.username()).password(hash)
                .authorities(List.of(new SimpleGrantedAuthority(account.role().authority())))
                .disabled(!account.enabled()).build();
    }
}
